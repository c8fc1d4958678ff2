package dev.sleet.tuple;

/**
 * A row of 8 selected values, as {@code select(a, b, ...)} returns them.
 *
 * @param value1 the first value
 * @param <A> the first value's type
 * @param value2 the second value
 * @param <B> the second value's type
 * @param value3 the third value
 * @param <C> the third value's type
 * @param value4 the fourth value
 * @param <D> the fourth value's type
 * @param value5 the fifth value
 * @param <E> the fifth value's type
 * @param value6 the sixth value
 * @param <F> the sixth value's type
 * @param value7 the seventh value
 * @param <G> the seventh value's type
 * @param value8 the eighth value
 * @param <H> the eighth value's type
 */
public record Tuple8<A, B, C, D, E, F, G, H>(A value1, B value2, C value3, D value4, E value5, F value6, G value7, H value8) {}
