package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT of one row given column by column: more {@code set(...)} calls, or anything an insert offers.
 *
 * @param <T> the table's record
 */
public interface InsertSetStep<T> extends InsertQuery<T> {

    /** Sets one more column of the inserted row. */
    <V> InsertSetStep<T> set(SqlColumn<V> column, @Nullable V value);

    /** Sets one more column of the inserted row to an expression. */
    <V> InsertSetStep<T> set(SqlColumn<V> column, Expression<V> value);
}
