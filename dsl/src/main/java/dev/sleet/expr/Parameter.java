package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;

/** A value bound as a parameter: renders {@code ?}. */
record Parameter<T>(SqlType<T> type, T value) implements Expression<T> {

  @Override
  public void render(SqlBuilder sql) {
    sql.bind(type.toSql(value));
  }
}
