package dev.sleet.expr;

/**
 * A SELECT used inside another statement: in {@code IN (...)}, {@code EXISTS (...)} or as a scalar value. Every
 * {@code select(...)} query is one.
 *
 * @param <T> the type of its single result column
 */
public interface Subquery<T> {}
