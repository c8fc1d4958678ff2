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
    Operators.selectExactly(sql, expression, alias);
  }

  @Override
  public void render(SqlBuilder sql) {
    if (sql.selectsAsText(expression.type())) {
      // The alias names the result column, selected as text: read back as the integer it is, ORDER BY and HAVING
      // compare numbers, not text.
      sql.append("CAST(").identifier(alias).append(" AS INTEGER)");
    } else {
      sql.identifier(alias);
    }
  }
}
