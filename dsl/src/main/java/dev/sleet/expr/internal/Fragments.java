package dev.sleet.expr.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.NumberExpression;
import dev.sleet.expr.StringExpression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** Expressions made of a type, a precedence and a piece of SQL, one per expression interface. */
public final class Fragments {

  private Fragments() {}

  public static <T> Expression<T> of(SqlType<T> type, Renderable body, int precedence) {
    return new Any<>(type, body, precedence);
  }

  public static StringExpression string(Renderable body, int precedence) {
    return new Text(body, precedence);
  }

  public static <N extends Number> NumberExpression<N> number(SqlType<N> type, Renderable body, int precedence) {
    return new Numeric<>(type, body, precedence);
  }

  public static Condition condition(Renderable body, int precedence) {
    return new Bool(body, precedence);
  }

  private record Any<T>(SqlType<T> type, Renderable body, int precedence) implements ExpressionPart<T> {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Text(Renderable body, int precedence) implements StringExpression, ExpressionPart<String> {

    @Override
    public SqlType<String> type() {
      return SqlTypes.STRING;
    }

    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Numeric<N extends Number>(SqlType<N> type, Renderable body, int precedence)
      implements NumberExpression<N>, ExpressionPart<N> {
    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }

  private record Bool(Renderable body, int precedence) implements Condition, ExpressionPart<Boolean> {

    @Override
    public SqlType<Boolean> type() {
      return SqlTypes.BOOLEAN;
    }

    @Override
    public void render(SqlBuilder sql) {
      body.render(sql);
    }
  }
}
