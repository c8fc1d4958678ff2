package dev.sleet.expr;

/**
 * Something a SELECT or RETURNING clause can list: an expression (one result column) or a whole table (one result
 * column per table column, read back as the table's record).
 *
 * @param <T> what its result columns read back as
 */
public interface Selectable<T> {}
