package dev.sleet.tuple;

/**
 * A row of 4 selected values, as {@code select(a, b, ...)} returns them.
 *
 * @param value1 the first value
 * @param <A> the first value's type
 * @param value2 the second value
 * @param <B> the second value's type
 * @param value3 the third value
 * @param <C> the third value's type
 * @param value4 the fourth value
 * @param <D> the fourth value's type
 */
public record Tuple4<A, B, C, D>(A value1, B value2, C value3, D value4) {}
