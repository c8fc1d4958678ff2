package dev.sleet.tuple;

import org.jspecify.annotations.Nullable;

/**
 * A row of 7 selected values, as {@code select(a, b, ...)} returns them.
 *
 * @param value1 the first value; null for NULL
 * @param <A> the first value's type
 * @param value2 the second value; null for NULL
 * @param <B> the second value's type
 * @param value3 the third value; null for NULL
 * @param <C> the third value's type
 * @param value4 the fourth value; null for NULL
 * @param <D> the fourth value's type
 * @param value5 the fifth value; null for NULL
 * @param <E> the fifth value's type
 * @param value6 the sixth value; null for NULL
 * @param <F> the sixth value's type
 * @param value7 the seventh value; null for NULL
 * @param <G> the seventh value's type
 */
public record Tuple7<A, B, C, D, E, F, G>(@Nullable A value1, @Nullable B value2, @Nullable C value3, @Nullable D value4, @Nullable E value5, @Nullable F value6, @Nullable G value7) {}
