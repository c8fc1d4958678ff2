package dev.sleet.expr;

import dev.sleet.expr.internal.CaseWhen;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.Fragments;
import dev.sleet.expr.internal.Operators;
import dev.sleet.expr.internal.Parameter;
import dev.sleet.expr.internal.Parts;
import dev.sleet.expr.internal.Precedence;
import dev.sleet.expr.internal.RawSql;
import dev.sleet.expr.internal.SubqueryPart;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * SQL functions, aggregates and building blocks that are not methods of an expression. Import them statically.
 *
 * <pre>{@code
 * import static dev.sleet.expr.Functions.*;
 *
 * db.select(SCREENS.APP_ID, count()).from(SCREENS).groupBy(SCREENS.APP_ID).having(count().gt(10L)).all();
 * db.selectFrom(USERS).where(exists(Sleet.dsl().select(SCREENS.ID).from(SCREENS)
 *     .where(SCREENS.USER_ID.eq(USERS.ID)))).all();
 * db.selectFrom(USERS).where(rawCondition("instr(?, ?) > 0", USERS.EMAIL, "@")).all();
 * }</pre>
 */
public final class Functions {

    private Functions() {}

    /** {@code count(*)}. */
    public static NumberExpression<Long> count() {
        return Fragments.number(SqlTypes.LONG, sql -> sql.append("count(*)"), Precedence.ATOM);
    }

    /** {@code count(expression)}: the rows where it is not NULL. */
    public static NumberExpression<Long> count(Expression<?> expression) {
        return Fragments.number(SqlTypes.LONG, Operators.call("count", expression), Precedence.ATOM);
    }

    /** {@code count(DISTINCT expression)}. */
    public static NumberExpression<Long> countDistinct(Expression<?> expression) {
        ExpressionPart<?> counted = Parts.expression(expression);
        return Fragments.number(
                SqlTypes.LONG,
                sql -> {
                    sql.append("count(DISTINCT ");
                    counted.render(sql);
                    sql.append(")");
                },
                Precedence.ATOM);
    }

    /**
     * {@code sum(expression)}, in the expression's own type: NULL (read as null) when no row has a value. A sum of an
     * int column that exceeds the int range fails when read; sum a long column, or use {@link #total}, for large sums.
     */
    public static <N extends Number> NumberExpression<N> sum(NumberExpression<N> expression) {
        return Fragments.number(
                Parts.expression(expression).type(), Operators.call("sum", expression), Precedence.ATOM);
    }

    /** {@code total(expression)}: the sum as a double, 0.0 when no row has a value. */
    public static NumberExpression<Double> total(Expression<? extends Number> expression) {
        return Fragments.number(SqlTypes.DOUBLE, Operators.call("total", expression), Precedence.ATOM);
    }

    /** {@code avg(expression)}, a double; NULL when no row has a value. */
    public static NumberExpression<Double> avg(Expression<? extends Number> expression) {
        return Fragments.number(SqlTypes.DOUBLE, Operators.call("avg", expression), Precedence.ATOM);
    }

    /** {@code min(expression)}. */
    public static <T> Expression<T> min(Expression<T> expression) {
        return Fragments.of(Parts.expression(expression).type(), Operators.call("min", expression), Precedence.ATOM);
    }

    /** {@code min(expression)} of numbers, still a number. */
    public static <N extends Number> NumberExpression<N> min(NumberExpression<N> expression) {
        return Fragments.number(
                Parts.expression(expression).type(), Operators.call("min", expression), Precedence.ATOM);
    }

    /** {@code max(expression)}. */
    public static <T> Expression<T> max(Expression<T> expression) {
        return Fragments.of(Parts.expression(expression).type(), Operators.call("max", expression), Precedence.ATOM);
    }

    /** {@code max(expression)} of numbers, still a number. */
    public static <N extends Number> NumberExpression<N> max(NumberExpression<N> expression) {
        return Fragments.number(
                Parts.expression(expression).type(), Operators.call("max", expression), Precedence.ATOM);
    }

    /** {@code group_concat(expression)}: the values joined with commas. */
    public static StringExpression groupConcat(Expression<?> expression) {
        return Fragments.string(Operators.call("group_concat", expression), Precedence.ATOM);
    }

    /** {@code group_concat(expression, separator)}. */
    public static StringExpression groupConcat(Expression<?> expression, String separator) {
        return Fragments.string(
                Operators.call("group_concat", expression, Operators.standard(separator)), Precedence.ATOM);
    }

    /** {@code coalesce(expression, fallback)}: the fallback where the expression is NULL. */
    public static <T> Expression<T> coalesce(Expression<T> expression, T fallback) {
        return coalesce(expression, Operators.valueOf(expression, fallback, "coalesce"));
    }

    /** {@code coalesce(first, others...)}: the first that is not NULL. */
    @SafeVarargs
    public static <T> Expression<T> coalesce(Expression<T> first, Expression<T>... others) {
        Expression<?>[] arguments = new Expression<?>[others.length + 1];
        arguments[0] = first;
        for (int i = 0; i < others.length; i++) {
            arguments[i + 1] = others[i];
        }
        return Fragments.of(Parts.expression(first).type(), Operators.call("coalesce", arguments), Precedence.ATOM);
    }

    /** Starts {@code CASE WHEN condition THEN value}; the value's class gives the type. */
    public static <T> CaseExpression<T> caseWhen(Condition condition, T value) {
        return CaseWhen.first(condition, Operators.standard(value));
    }

    /** Starts {@code CASE WHEN condition THEN expression}. */
    public static <T> CaseExpression<T> caseWhen(Condition condition, Expression<T> value) {
        return CaseWhen.first(condition, value);
    }

    /** {@code EXISTS (subquery)}. */
    public static Condition exists(Subquery<?> subquery) {
        SubqueryPart<?> query = Parts.subquery(subquery);
        return Fragments.condition(
                sql -> {
                    sql.append("EXISTS (");
                    query.renderSubquery(sql);
                    sql.append(")");
                },
                Precedence.ATOM);
    }

    /** {@code NOT EXISTS (subquery)}. */
    public static Condition notExists(Subquery<?> subquery) {
        return exists(subquery).not();
    }

    /** A subquery that selects one value, used as that value: {@code (SELECT max(...) FROM ...)}. */
    public static <T> Expression<T> scalar(Subquery<T> subquery) {
        SubqueryPart<T> query = Parts.subquery(subquery);
        return Fragments.of(
                query.valueType(),
                sql -> {
                    sql.append("(");
                    query.renderSubquery(sql);
                    sql.append(")");
                },
                Precedence.ATOM);
    }

    /** {@code NOT condition}. */
    public static Condition not(Condition condition) {
        return condition.not();
    }

    /** All of the conditions; {@code and()} of none is true. */
    public static Condition and(Condition... conditions) {
        return Arrays.stream(conditions).reduce(Condition::and).orElseGet(() -> rawCondition("1 = 1"));
    }

    /** Any of the conditions; {@code or()} of none is false. */
    public static Condition or(Condition... conditions) {
        return Arrays.stream(conditions).reduce(Condition::or).orElseGet(() -> rawCondition("1 = 0"));
    }

    /** A bound value, typed by its class's standard mapping ({@link SqlTypes#forClass}). */
    public static <T> Expression<T> value(T value) {
        return Operators.standard(value);
    }

    /** A bound value of the given type; may be null. */
    public static <T> Expression<T> value(@Nullable T value, SqlType<T> type) {
        return new Parameter<>(type, value);
    }

    /**
     * A hand-written SQL expression of the given type. Each {@code ?} takes the next argument: an expression is
     * written in place, any other value is bound. Nothing is ever spliced into the text.
     *
     * <pre>{@code
     * Expression<Long> days = raw(SqlTypes.LONG, "julianday('now') - julianday(?)", USERS.CREATED_AT);
     * }</pre>
     */
    public static <T> Expression<T> raw(SqlType<T> type, String sql, @Nullable Object... arguments) {
        return Fragments.of(type, RawSql.parse(sql, arguments), 0);
    }

    /** A hand-written SQL condition; see {@link #raw(SqlType, String, Object...)}. */
    public static Condition rawCondition(String sql, @Nullable Object... arguments) {
        return Fragments.condition(RawSql.parse(sql, arguments), 0);
    }
}
