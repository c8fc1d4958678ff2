/**
 * The rows of a {@code select(a, b, ...)} of two to eight items ({@code Tuple2..8}), and the mappers that turn them
 * into a user's record ({@code Mapper2..8}).
 */
@NullMarked
package dev.sleet.tuple;

import org.jspecify.annotations.NullMarked;
