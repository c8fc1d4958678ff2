package dev.sleet.expr.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.NumberExpression;
import dev.sleet.expr.Subquery;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;
import org.jspecify.annotations.Nullable;

/** How operators and calls are written, with parentheses only where precedence needs them. */
public final class Operators {

    private Operators() {}

    /**
     * Writes a selected expression, with {@code AS "alias"} when {@code alias} is not null. Where the statement's
     * rows are read through a transport that would round a 64-bit integer ({@link SqlBuilder#selectsAsText}), it is
     * selected as text, read back exactly from that text, under the name SQLite would have given it uncast: the
     * alias, or else the expression's own text.
     */
    public static void selectExactly(SqlBuilder sql, ExpressionPart<?> expression, @Nullable String alias) {
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

    /**
     * Writes an operand, parenthesised when it binds less tightly than {@code minimum}. Callers resolve each operand's
     * part once, when the expression is built, so rendering checks no types.
     */
    public static void operand(SqlBuilder sql, ExpressionPart<?> operand, int minimum) {
        if (operand.precedence() < minimum) {
            sql.append("(");
            operand.render(sql);
            sql.append(")");
        } else {
            operand.render(sql);
        }
    }

    /** A left-associative binary operation: the right operand needs parentheses at equal precedence. */
    public static Renderable binary(Expression<?> left, String operator, Expression<?> right, int precedence) {
        ExpressionPart<?> l = Parts.expression(left);
        ExpressionPart<?> r = Parts.expression(right);
        return sql -> {
            operand(sql, l, precedence);
            sql.append(operator);
            operand(sql, r, precedence + 1);
        };
    }

    public static Condition compare(Expression<?> left, String operator, Expression<?> right) {
        ExpressionPart<?> l = Parts.expression(left);
        ExpressionPart<?> r = Parts.expression(right);
        return Fragments.condition(
                sql -> {
                    operand(sql, l, Precedence.COMPARE + 1);
                    sql.append(" ").append(operator).append(" ");
                    operand(sql, r, Precedence.COMPARE + 1);
                },
                Precedence.COMPARE);
    }

    public static Condition likeEscape(Expression<?> left, Expression<?> pattern, char escape) {
        ExpressionPart<?> l = Parts.expression(left);
        ExpressionPart<?> p = Parts.expression(pattern);
        return Fragments.condition(
                sql -> {
                    operand(sql, l, Precedence.COMPARE + 1);
                    sql.append(" LIKE ");
                    operand(sql, p, Precedence.COMPARE + 1);
                    sql.append(" ESCAPE ").bind(String.valueOf(escape));
                },
                Precedence.COMPARE);
    }

    public static Condition between(Expression<?> value, Expression<?> low, Expression<?> high) {
        ExpressionPart<?> v = Parts.expression(value);
        ExpressionPart<?> l = Parts.expression(low);
        ExpressionPart<?> h = Parts.expression(high);
        return Fragments.condition(
                sql -> {
                    operand(sql, v, Precedence.COMPARE + 1);
                    sql.append(" BETWEEN ");
                    operand(sql, l, Precedence.COMPARE + 1);
                    sql.append(" AND ");
                    operand(sql, h, Precedence.COMPARE + 1);
                },
                Precedence.COMPARE);
    }

    public static Condition postfix(Expression<?> value, String operator) {
        ExpressionPart<?> v = Parts.expression(value);
        return Fragments.condition(
                sql -> {
                    operand(sql, v, Precedence.COMPARE + 1);
                    sql.append(operator);
                },
                Precedence.COMPARE);
    }

    public static Condition inSubquery(Expression<?> value, Subquery<?> subquery, boolean negated) {
        ExpressionPart<?> v = Parts.expression(value);
        SubqueryPart<?> q = Parts.subquery(subquery);
        return Fragments.condition(
                sql -> {
                    operand(sql, v, Precedence.COMPARE + 1);
                    sql.append(negated ? " NOT IN (" : " IN (");
                    q.renderSubquery(sql);
                    sql.append(")");
                },
                Precedence.COMPARE);
    }

    public static Condition logical(String operator, int precedence, Condition left, Condition right) {
        ExpressionPart<?> l = Parts.expression(left);
        ExpressionPart<?> r = Parts.expression(right);
        // AND and OR are associative, so a chain of the same operator needs no parentheses on either side.
        return Fragments.condition(
                sql -> {
                    operand(sql, l, precedence);
                    sql.append(operator);
                    operand(sql, r, precedence);
                },
                precedence);
    }

    public static Condition not(Condition condition) {
        ExpressionPart<?> c = Parts.expression(condition);
        return Fragments.condition(
                sql -> {
                    sql.append("NOT ");
                    operand(sql, c, Precedence.NOT + 1);
                },
                Precedence.NOT);
    }

    public static <N extends Number> NumberExpression<N> arithmetic(
            NumberExpression<N> left, String operator, Expression<? extends Number> right, int precedence) {
        return Fragments.number(Parts.expression(left).type(), binary(left, operator, right, precedence), precedence);
    }

    /** {@code name(arguments...)}. */
    public static Renderable call(String name, Expression<?>... arguments) {
        ExpressionPart<?>[] parts = new ExpressionPart<?>[arguments.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Parts.expression(arguments[i]);
        }
        return sql -> {
            sql.append(name).append("(");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                parts[i].render(sql);
            }
            sql.append(")");
        };
    }

    /** A value bound with the type of the expression it is compared with. */
    public static <T> Expression<T> valueOf(Expression<T> context, T value, String method) {
        if (value == null) {
            throw new IllegalArgumentException(method + "(null) is never true in SQL (NULL compares as unknown): use "
                    + "isNull() or isNotNull() to test for NULL");
        }
        return new Parameter<>(Parts.expression(context).type(), value);
    }

    /** A number literal bound as INTEGER when it is integral, else as REAL. */
    public static Expression<? extends Number> number(Number value) {
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
    public static <T> Expression<T> standard(T value) {
        if (value == null) {
            throw new IllegalArgumentException("a value with no column to take its type from cannot be null: "
                    + "use Functions.value(null, type) to bind a typed NULL");
        }
        return new Parameter<>((SqlType<T>) SqlTypes.forClass(value.getClass()), value);
    }
}
