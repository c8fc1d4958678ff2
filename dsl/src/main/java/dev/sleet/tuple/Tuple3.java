package dev.sleet.tuple;

import org.jspecify.annotations.Nullable;

/**
 * A row of 3 selected values, as {@code select(a, b, ...)} returns them.
 *
 * @param value1 the first value; null for NULL
 * @param <A> the first value's type
 * @param value2 the second value; null for NULL
 * @param <B> the second value's type
 * @param value3 the third value; null for NULL
 * @param <C> the third value's type
 */
public record Tuple3<A, B, C>(@Nullable A value1, @Nullable B value2, @Nullable C value3) {}
