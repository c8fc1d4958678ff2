package dev.sleet.query;

import dev.sleet.expr.Selectable;
import dev.sleet.result.Meta;

/**
 * What a complete INSERT, UPDATE and DELETE share: running for effect, and RETURNING rows.
 *
 * @param <T> the table's record
 */
public interface WriteQuery<T> extends Query<Void> {

    /** Runs the statement (D1's {@code run()}) and returns its meta: changes, last row id, duration. */
    Meta run();

    /** {@code RETURNING} every column, read back as the table's record. */
    Returning<T> returning();

    /** {@code RETURNING item}, such as a generated id: {@code .returning(SCREENS.ID)}. */
    <A> Returning<A> returning(Selectable<A> item);
}
