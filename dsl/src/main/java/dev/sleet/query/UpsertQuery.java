package dev.sleet.query;

import dev.sleet.expr.Condition;

/**
 * An INSERT whose conflicting rows update the row already there.
 *
 * <pre>{@code
 * db.insertInto(RATE_BUCKETS).values(new RateBucket(key, windowStart, 1))
 *     .onConflict(RATE_BUCKETS.KEY).doUpdate()
 *     .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()))
 *     .where(RATE_BUCKETS.WINDOW_START.eq(windowStart))
 *     .run();
 * }</pre>
 *
 * @param <T> the table's record
 */
public interface UpsertQuery<T> extends WriteQuery<T>, UpsertSetStep<T> {

    /** Updates only the conflicting rows that also meet the condition; a second call adds its condition with AND. */
    UpsertQuery<T> where(Condition condition);
}
