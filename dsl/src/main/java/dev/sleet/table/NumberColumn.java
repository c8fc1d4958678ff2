package dev.sleet.table;

import dev.sleet.expr.NumberExpression;

/**
 * A numeric column, with arithmetic ({@code plus}, {@code minus}, ...).
 *
 * @param <N> the Java number type
 */
public interface NumberColumn<N extends Number> extends SqlColumn<N>, NumberExpression<N> {}
