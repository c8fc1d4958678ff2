package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;

/** Expressions made of a type, a precedence and a piece of SQL, one per expression interface. */
final class Fragments {

  private Fragments() {}

  static <T> Expression<T> of(SqlType<T> type, Renderable body, int precedence) {
    return new Any<>(type, body, precedence);
  }

  static StringExpression string(Renderable body, int precedence) {
    return new Text(body, precedence);
  }

  static <N extends Number> NumberExpression<N> number(SqlType<N> type, Renderable body, int precedence) {
    return new Numeric<>(type, body, precedence);
  }

  static Condition condition(Renderable body, int precedence) {
    return new Bool(body, precedence);
  }

  private record Any<T>(SqlType<T> type, Renderable body, int precedence) implements Expression<T> {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Text(Renderable body, int precedence) implements StringExpression {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Numeric<N extends Number>(SqlType<N> type, Renderable body, int precedence)
      implements NumberExpression<N> {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Bool(Renderable body, int precedence) implements Condition {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }
}
