package dev.sleet.expr.internal;

import org.jspecify.annotations.Nullable;
import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;

/** A value bound as a parameter: renders {@code ?}. */
public record Parameter<T>(SqlType<T> type, @Nullable T value) implements ExpressionPart<T> {

  @Override
  public void render(SqlBuilder sql) {
    sql.bind(type.toSql(value));
  }
}
