package dev.sleet.table;

import dev.sleet.expr.NumberExpression;
import dev.sleet.types.SqlType;

/**
 * A numeric column, with arithmetic ({@code plus}, {@code minus}, ...).
 *
 * @param <N> the Java number type
 */
public class NumberColumn<N extends Number> extends SqlColumn<N> implements NumberExpression<N> {

  /** Creates a numeric column of {@code table}. */
  protected NumberColumn(SqlTable<?> table, String name, SqlType<N> type, ColumnOption... options) {
    super(table, name, type, options);
  }
}
