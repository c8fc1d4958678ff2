package dev.sleet.tuple;

/**
 * Builds a result from 2 selected values, as {@code select(Top::new, a, b, ...)} takes it: usually a record's
 * constructor or a lambda.
 *
 * @param <A> the first selected value's type
 * @param <B> the second selected value's type
 * @param <R> what the values become
 */
@FunctionalInterface
public interface Mapper2<A, B, R> {

    /** Builds the result from one row's values. */
    R map(A a, B b);
}
