package dev.sleet.query;

/**
 * {@code INSERT INTO table (columns)}, waiting for the SELECT whose rows it inserts.
 *
 * @param <T> the table's record
 */
public interface InsertSelectStep<T> {

    /** {@code INSERT INTO table (columns) SELECT ...}: inserts the rows a query selects. */
    InsertQuery<T> select(SelectQuery<?> query);
}
