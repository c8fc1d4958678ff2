package dev.sleet.tuple;

/**
 * Builds a result from 4 selected values, as {@code select(Top::new, a, b, ...)} takes it: usually a record's
 * constructor or a lambda.
 *
 * @param <A> the first selected value's type
 * @param <B> the second selected value's type
 * @param <C> the third selected value's type
 * @param <D> the fourth selected value's type
 * @param <R> what the values become
 */
@FunctionalInterface
public interface Mapper4<A, B, C, D, R> {

    /** Builds the result from one row's values. */
    R map(A a, B b, C c, D d);
}
