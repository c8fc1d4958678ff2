package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;

/** An expression selected under a result-column name. */
record Aliased<T>(Expression<T> expression, String alias) implements Expression<T> {

  @Override
  public SqlType<T> type() {
    return expression.type();
  }

  @Override
  public void renderSelection(SqlBuilder sql) {
    Operators.selectExactly(sql, expression);
    sql.append(" AS ").identifier(alias);
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.identifier(alias);
  }
}
