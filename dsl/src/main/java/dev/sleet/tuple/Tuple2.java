package dev.sleet.tuple;

/**
 * A row of 2 selected values, as {@code select(a, b, ...)} returns them.
 *
 * @param value1 the first value
 * @param <A> the first value's type
 * @param value2 the second value
 * @param <B> the second value's type
 */
public record Tuple2<A, B>(A value1, B value2) {}
