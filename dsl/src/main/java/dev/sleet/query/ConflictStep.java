package dev.sleet.query;

/**
 * An upsert waiting for its action: {@link #doNothing()} or {@link #doUpdate()}.
 *
 * @param <T> the table's record
 */
public interface ConflictStep<T> {

    /** {@code ON CONFLICT (target) DO NOTHING}. */
    InsertQuery<T> doNothing();

    /**
     * {@code ON CONFLICT (target) DO UPDATE SET ...}: follow with {@code set(...)} calls; a column's {@code excluded()}
     * is the value the conflicting row would have inserted.
     */
    UpsertSetStep<T> doUpdate();
}
