package dev.sleet.expr;

import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.Fragments;
import dev.sleet.expr.internal.Operators;
import dev.sleet.expr.internal.Parts;
import dev.sleet.expr.internal.Precedence;

/**
 * A numeric expression, with arithmetic. The result keeps this expression's type: integer columns stay integers
 * (SQLite divides integers as integers).
 *
 * <pre>{@code
 * db.update(USERS).set(USERS.POINTS, USERS.POINTS.plus(10)).where(USERS.ID.eq(id)).run();
 * }</pre>
 *
 * @param <N> the Java number type
 */
public interface NumberExpression<N extends Number> extends Expression<N> {

    /** {@code this + value}. */
    default NumberExpression<N> plus(Number value) {
        return plus(Operators.number(value));
    }

    /** {@code this + other}. */
    default NumberExpression<N> plus(Expression<? extends Number> other) {
        return Operators.arithmetic(this, " + ", other, Precedence.ADD);
    }

    /** {@code this - value}. */
    default NumberExpression<N> minus(Number value) {
        return minus(Operators.number(value));
    }

    /** {@code this - other}. */
    default NumberExpression<N> minus(Expression<? extends Number> other) {
        return Operators.arithmetic(this, " - ", other, Precedence.ADD);
    }

    /** {@code this * value}. */
    default NumberExpression<N> times(Number value) {
        return times(Operators.number(value));
    }

    /** {@code this * other}. */
    default NumberExpression<N> times(Expression<? extends Number> other) {
        return Operators.arithmetic(this, " * ", other, Precedence.MULTIPLY);
    }

    /** {@code this / value}; integer division when both sides are integers. */
    default NumberExpression<N> div(Number value) {
        return div(Operators.number(value));
    }

    /** {@code this / other}. */
    default NumberExpression<N> div(Expression<? extends Number> other) {
        return Operators.arithmetic(this, " / ", other, Precedence.MULTIPLY);
    }

    /** {@code this % value}. */
    default NumberExpression<N> mod(Number value) {
        return mod(Operators.number(value));
    }

    /** {@code this % other}. */
    default NumberExpression<N> mod(Expression<? extends Number> other) {
        return Operators.arithmetic(this, " % ", other, Precedence.MULTIPLY);
    }

    /** {@code -this}. */
    default NumberExpression<N> negate() {
        ExpressionPart<N> self = Parts.expression(this);
        return Fragments.number(
                self.type(),
                sql -> {
                    sql.append("-");
                    Operators.operand(sql, self, Precedence.UNARY + 1);
                },
                Precedence.UNARY);
    }
}
