package dev.sleet.query;

import dev.sleet.expr.Condition;

/**
 * A DELETE.
 *
 * <pre>{@code
 * db.deleteFrom(RATE_BUCKETS).where(RATE_BUCKETS.WINDOW_START.lt(cutoff)).run();
 * }</pre>
 *
 * <p>Without {@link #where} it deletes every row, as SQL does.
 *
 * @param <T> the table's record
 */
public interface DeleteQuery<T> extends WriteQuery<T> {

    /** {@code WHERE condition}; a second call adds its condition with AND. */
    DeleteQuery<T> where(Condition condition);
}
