package dev.sleet.query;

import dev.sleet.table.SqlColumn;

/**
 * An INSERT with its rows, ready to run, with optional conflict handling and RETURNING.
 *
 * <pre>{@code
 * db.insertInto(RATE_BUCKETS).values(bucket)
 *     .onConflict(RATE_BUCKETS.KEY).doUpdate()
 *     .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
 *     .run();
 * }</pre>
 *
 * @param <T> the table's record
 */
public interface InsertQuery<T> extends WriteQuery<T> {

    /** {@code ON CONFLICT DO NOTHING}: rows that would violate a uniqueness constraint are skipped. */
    InsertQuery<T> onConflictDoNothing();

    /** Starts an upsert on the given uniqueness target: {@code ON CONFLICT ("key") ...}. */
    ConflictStep<T> onConflict(SqlColumn<?>... target);
}
