package dev.sleet.types;

/**
 * Turns the current row of a result into a value: a record, a tuple, a single column's value.
 *
 * @param <R> what one row becomes
 */
@FunctionalInterface
public interface RowReader<R> {

  /** Reads the cursor's current row. */
  R read(RowCursor row);
}
