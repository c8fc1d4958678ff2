package dev.sleet.table;

import dev.sleet.expr.Condition;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** A boolean column (INTEGER 0/1); it is a condition of its own: {@code where(USERS.IS_ADMIN)}. */
public class BooleanColumn extends SqlColumn<Boolean> implements Condition {

  /** Creates a boolean column of {@code table}. */
  protected BooleanColumn(SqlTable<?> table, String name, ColumnOption... options) {
    super(table, name, SqlTypes.BOOLEAN, options);
  }

  @Override
  public SqlType<Boolean> type() {
    return super.type();
  }
}
