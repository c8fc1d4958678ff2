package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;

/** An expression selected under a result-column name. */
public record Aliased<T>(ExpressionPart<T> expression, String alias) implements ExpressionPart<T> {

  /** {@code expression} under {@code alias}. */
  public Aliased(Expression<T> expression, String alias) {
    this(Parts.expression(expression), alias);
  }

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
