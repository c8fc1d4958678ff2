package dev.sleet.table;

import dev.sleet.expr.StringExpression;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** A TEXT column holding Strings, with the text operators ({@code like}, {@code concat}, ...). */
public class StringColumn extends SqlColumn<String> implements StringExpression {

  /** Creates a String column of {@code table}. */
  protected StringColumn(SqlTable<?> table, String name, ColumnOption... options) {
    super(table, name, SqlTypes.STRING, options);
  }

  @Override
  public SqlType<String> type() {
    return super.type();
  }
}
