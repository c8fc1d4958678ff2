package dev.sleet.expr;

/**
 * One term of ORDER BY: an expression, its direction, and where NULLs go. Made by an expression's
 * {@link Expression#asc()} or {@link Expression#desc()}.
 *
 * <pre>{@code
 * db.selectFrom(USERS).orderBy(USERS.POINTS.desc().nullsLast(), USERS.ID.asc()).all();
 * }</pre>
 */
public interface Ordering {

    /** The same ordering with NULLs first. */
    Ordering nullsFirst();

    /** The same ordering with NULLs last. */
    Ordering nullsLast();
}
