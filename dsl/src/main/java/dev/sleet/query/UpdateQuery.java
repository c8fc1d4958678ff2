package dev.sleet.query;

import dev.sleet.expr.Condition;

/**
 * An UPDATE.
 *
 * <pre>{@code
 * db.update(USERS)
 *     .set(USERS.SCREENS_UPLOADED, USERS.SCREENS_UPLOADED.plus(1))
 *     .set(USERS.LAST_ACTIVE_AT, Instant.now())
 *     .where(USERS.ID.eq(userId))
 *     .run();
 * }</pre>
 *
 * <p>Without {@link #where} it updates every row, as SQL does.
 *
 * @param <T> the table's record
 */
public interface UpdateQuery<T> extends WriteQuery<T>, UpdateStep<T> {

    /** {@code WHERE condition}; a second call adds its condition with AND. */
    UpdateQuery<T> where(Condition condition);
}
