package dev.sleet.expr;

import org.jspecify.annotations.Nullable;

/**
 * {@code CASE WHEN ... THEN ... [ELSE ...] END}, built one branch at a time; without {@link #otherwise} the value is
 * NULL when no branch matches.
 *
 * <pre>{@code
 * Expression<String> level = Functions.caseWhen(USERS.POINTS.ge(1000), "gold")
 *     .when(USERS.POINTS.ge(100), "silver")
 *     .otherwise("bronze");
 * }</pre>
 *
 * @param <T> the type of every branch's value
 */
public interface CaseExpression<T> extends Expression<T> {

    /** Adds a branch whose value is bound. */
    CaseExpression<T> when(Condition when, @Nullable T then);

    /** Adds a branch whose value is an expression. */
    CaseExpression<T> when(Condition when, Expression<T> then);

    /** The value when no branch matches; bound. */
    Expression<T> otherwise(@Nullable T value);

    /** The value when no branch matches. */
    Expression<T> otherwise(Expression<T> value);
}
