package dev.sleet.schema;

import dev.sleet.expr.StringExpression;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** A TEXT column holding Strings, with the text operators ({@code like}, {@code concat}, ...). */
public class StringColumn extends Column<String> implements StringExpression {

  /** Creates a String column of {@code table}. */
  protected StringColumn(Table<?> table, String name, ColumnOption... options) {
    super(table, name, SqlTypes.STRING, options);
  }

  @Override
  public SqlType<String> type() {
    return super.type();
  }
}
