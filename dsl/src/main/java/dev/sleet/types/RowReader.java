package dev.sleet.types;

import org.jspecify.annotations.Nullable;

/**
 * Turns the current row of a result into a value: a record, a tuple, a single column's value.
 *
 * @param <R> what one row becomes
 */
@FunctionalInterface
public interface RowReader<R> {

    /** Reads the cursor's current row. */
    @Nullable
    R read(RowCursor row);
}
