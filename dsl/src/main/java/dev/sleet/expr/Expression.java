package dev.sleet.expr;

import dev.sleet.expr.internal.Aliased;
import dev.sleet.expr.internal.InList;
import dev.sleet.expr.internal.Operators;
import dev.sleet.expr.internal.OrderingTerm;
import java.util.Arrays;
import java.util.Collection;

/**
 * A typed SQL expression: a column, a bound value, a function call, an operation. Its Java type {@code T} is what it
 * reads back as, and what it may be compared with: {@code USERS.POINTS.eq("x")} does not compile when
 * {@code POINTS} is an {@code Expression<Integer>}.
 *
 * <pre>{@code
 * db.selectFrom(USERS)
 *     .where(USERS.POINTS.between(10, 20).and(USERS.EMAIL.isNotNull()))
 *     .orderBy(USERS.POINTS.desc())
 *     .all();
 * }</pre>
 *
 * <p>Every value given to these methods is bound as a parameter, never written into the SQL text. Comparing with
 * {@code null} is refused ({@code = NULL} is never true in SQL): use {@link #isNull()} instead.
 *
 * @param <T> the Java type of its value
 */
public interface Expression<T> extends Selectable<T> {

    /** {@code this = value}. */
    default Condition eq(T value) {
        return Operators.compare(this, "=", Operators.valueOf(this, value, "eq"));
    }

    /** {@code this = other}. */
    default Condition eq(Expression<T> other) {
        return Operators.compare(this, "=", other);
    }

    /** {@code this <> value}. */
    default Condition ne(T value) {
        return Operators.compare(this, "<>", Operators.valueOf(this, value, "ne"));
    }

    /** {@code this <> other}. */
    default Condition ne(Expression<T> other) {
        return Operators.compare(this, "<>", other);
    }

    /** {@code this < value}. */
    default Condition lt(T value) {
        return Operators.compare(this, "<", Operators.valueOf(this, value, "lt"));
    }

    /** {@code this < other}. */
    default Condition lt(Expression<T> other) {
        return Operators.compare(this, "<", other);
    }

    /** {@code this <= value}. */
    default Condition le(T value) {
        return Operators.compare(this, "<=", Operators.valueOf(this, value, "le"));
    }

    /** {@code this <= other}. */
    default Condition le(Expression<T> other) {
        return Operators.compare(this, "<=", other);
    }

    /** {@code this > value}. */
    default Condition gt(T value) {
        return Operators.compare(this, ">", Operators.valueOf(this, value, "gt"));
    }

    /** {@code this > other}. */
    default Condition gt(Expression<T> other) {
        return Operators.compare(this, ">", other);
    }

    /** {@code this >= value}. */
    default Condition ge(T value) {
        return Operators.compare(this, ">=", Operators.valueOf(this, value, "ge"));
    }

    /** {@code this >= other}. */
    default Condition ge(Expression<T> other) {
        return Operators.compare(this, ">=", other);
    }

    /** {@code this BETWEEN low AND high}, both ends included. */
    default Condition between(T low, T high) {
        return Operators.between(
                this, Operators.valueOf(this, low, "between"), Operators.valueOf(this, high, "between"));
    }

    /**
     * {@code this IN (values)}. A list of up to 20 values is written as one {@code ?} per
     * value; a longer one is bound as a single JSON array read through {@code json_each}, so any number of values fits
     * in one statement under D1's 100-parameter limit. An empty list is never true.
     */
    default Condition in(Collection<? extends T> values) {
        return InList.of(this, values, false);
    }

    /** {@code this IN (values...)}; see {@link #in(Collection)}. */
    @SuppressWarnings("unchecked")
    default Condition in(T... values) {
        return InList.of(this, Arrays.asList(values), false);
    }

    /** {@code this IN (subquery)}. */
    default Condition in(Subquery<T> subquery) {
        return Operators.inSubquery(this, subquery, false);
    }

    /** {@code this NOT IN (values)}; see {@link #in(Collection)}. An empty list is always true. */
    default Condition notIn(Collection<? extends T> values) {
        return InList.of(this, values, true);
    }

    /** {@code this NOT IN (values...)}. */
    @SuppressWarnings("unchecked")
    default Condition notIn(T... values) {
        return InList.of(this, Arrays.asList(values), true);
    }

    /** {@code this NOT IN (subquery)}. */
    default Condition notIn(Subquery<T> subquery) {
        return Operators.inSubquery(this, subquery, true);
    }

    /** {@code this IS NULL}. */
    default Condition isNull() {
        return Operators.postfix(this, " IS NULL");
    }

    /** {@code this IS NOT NULL}. */
    default Condition isNotNull() {
        return Operators.postfix(this, " IS NOT NULL");
    }

    /** Ascending order by this expression. */
    default Ordering asc() {
        return new OrderingTerm(this, false, OrderingTerm.Nulls.DEFAULT);
    }

    /** Descending order by this expression. */
    default Ordering desc() {
        return new OrderingTerm(this, true, OrderingTerm.Nulls.DEFAULT);
    }

    /**
     * This expression under a result-column name: selected as {@code expr AS "alias"}, referred to elsewhere (ORDER
     * BY, HAVING) as {@code "alias"}.
     */
    default Expression<T> as(String alias) {
        return new Aliased<>(this, alias);
    }
}
