package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.RowCursor;

/**
 * Something a SELECT or RETURNING clause can list: an expression (one result column) or a whole table (one result
 * column per table column, read back as the table's record).
 *
 * @param <T> what its result columns read back as
 */
public interface Selectable<T> {

  /** How many result columns it occupies. */
  int width();

  /** Writes its result columns, comma-separated. */
  void renderSelection(SqlBuilder sql);

  /**
   * Reads its value from the current row, starting at result column {@code first} (1-based).
   *
   * @return the value; null for a NULL column, or for a whole table whose columns are all NULL (the missing side of
   *     an outer join)
   */
  T read(RowCursor row, int first);
}
