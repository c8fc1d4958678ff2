package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** How operators and calls are written, with parentheses only where precedence needs them. */
final class Operators {

  private Operators() {}

  /**
   * Writes a selected expression, with {@code AS "alias"} when {@code alias} is not null. Where the statement's
   * rows are read through a transport that would round a 64-bit integer ({@link SqlBuilder#selectsAsText}), it is
   * selected as text, read back exactly from that text, under the name SQLite would have given it uncast: the
   * alias, or else the expression's own text.
   */
  static void selectExactly(SqlBuilder sql, Expression<?> expression, String alias) {
    if (sql.selectsAsText(expression.type())) {
      sql.append("CAST(");
      int start = sql.length();
      expression.render(sql);
      String name = alias != null ? alias : sql.textFrom(start);
      sql.append(" AS TEXT) AS ").identifier(name);
    } else {
      expression.render(sql);
      if (alias != null) {
        sql.append(" AS ").identifier(alias);
      }
    }
  }

  /** Writes an operand, parenthesised when it binds less tightly than {@code minimum}. */
  static void operand(SqlBuilder sql, Renderable operand, int minimum) {
    int precedence = operand instanceof Expression<?> e ? e.precedence() : Precedence.ATOM;
    if (precedence < minimum) {
      sql.append("(");
      operand.render(sql);
      sql.append(")");
    } else {
      operand.render(sql);
    }
  }

  /** A left-associative binary operation: the right operand needs parentheses at equal precedence. */
  static Renderable binary(Expression<?> left, String operator, Expression<?> right, int precedence) {
    return sql -> {
      operand(sql, left, precedence);
      sql.append(operator);
      operand(sql, right, precedence + 1);
    };
  }

  static Condition compare(Expression<?> left, String operator, Expression<?> right) {
    return Fragments.condition(sql -> {
      operand(sql, left, Precedence.COMPARE + 1);
      sql.append(" ").append(operator).append(" ");
      operand(sql, right, Precedence.COMPARE + 1);
    }, Precedence.COMPARE);
  }

  static Condition likeEscape(Expression<?> left, Expression<?> pattern, char escape) {
    return Fragments.condition(sql -> {
      operand(sql, left, Precedence.COMPARE + 1);
      sql.append(" LIKE ");
      operand(sql, pattern, Precedence.COMPARE + 1);
      sql.append(" ESCAPE ").bind(String.valueOf(escape));
    }, Precedence.COMPARE);
  }

  static Condition between(Expression<?> value, Expression<?> low, Expression<?> high) {
    return Fragments.condition(sql -> {
      operand(sql, value, Precedence.COMPARE + 1);
      sql.append(" BETWEEN ");
      operand(sql, low, Precedence.COMPARE + 1);
      sql.append(" AND ");
      operand(sql, high, Precedence.COMPARE + 1);
    }, Precedence.COMPARE);
  }

  static Condition postfix(Expression<?> value, String operator) {
    return Fragments.condition(sql -> {
      operand(sql, value, Precedence.COMPARE + 1);
      sql.append(operator);
    }, Precedence.COMPARE);
  }

  static Condition inSubquery(Expression<?> value, Subquery<?> subquery, boolean negated) {
    return Fragments.condition(sql -> {
      operand(sql, value, Precedence.COMPARE + 1);
      sql.append(negated ? " NOT IN (" : " IN (");
      subquery.renderSubquery(sql);
      sql.append(")");
    }, Precedence.COMPARE);
  }

  static Condition logical(String operator, int precedence, Condition left, Condition right) {
    // AND and OR are associative, so a chain of the same operator needs no parentheses on either side.
    return Fragments.condition(sql -> {
      operand(sql, left, precedence);
      sql.append(operator);
      operand(sql, right, precedence);
    }, precedence);
  }

  static Condition not(Condition condition) {
    return Fragments.condition(sql -> {
      sql.append("NOT ");
      operand(sql, condition, Precedence.NOT + 1);
    }, Precedence.NOT);
  }

  static <N extends Number> NumberExpression<N> arithmetic(NumberExpression<N> left, String operator,
      Expression<? extends Number> right, int precedence) {
    return Fragments.number(left.type(), binary(left, operator, right, precedence), precedence);
  }

  /** {@code name(arguments...)}. */
  static Renderable call(String name, Renderable... arguments) {
    return sql -> {
      sql.append(name).append("(");
      for (int i = 0; i < arguments.length; i++) {
        if (i > 0) {
          sql.append(", ");
        }
        arguments[i].render(sql);
      }
      sql.append(")");
    };
  }

  /** A value bound with the type of the expression it is compared with. */
  static <T> Expression<T> valueOf(Expression<T> context, T value, String method) {
    if (value == null) {
      throw new IllegalArgumentException(method + "(null) is never true in SQL (NULL compares as unknown): use "
          + "isNull() or isNotNull() to test for NULL");
    }
    return new Parameter<>(context.type(), value);
  }

  /** A number literal bound as INTEGER when it is integral, else as REAL. */
  static Expression<? extends Number> number(Number value) {
    if (value == null) {
      throw new IllegalArgumentException("arithmetic with null always gives NULL: pass a number");
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return new Parameter<>(SqlTypes.LONG, value.longValue());
    }
    return new Parameter<>(SqlTypes.DOUBLE, value.doubleValue());
  }

  /** A value bound by its class's standard mapping. */
  @SuppressWarnings("unchecked")
  static <T> Expression<T> standard(T value) {
    if (value == null) {
      throw new IllegalArgumentException("a value with no column to take its type from cannot be null: "
          + "use Functions.value(null, type) to bind a typed NULL");
    }
    return new Parameter<>((SqlType<T>) SqlTypes.forClass(value.getClass()), value);
  }
}
