package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import org.jspecify.annotations.Nullable;

/**
 * {@code UPDATE table}, waiting for its first {@code SET}.
 *
 * @param <T> the table's record
 */
public interface UpdateStep<T> {

    /** {@code SET column = value}; null sets NULL. */
    <V> UpdateQuery<T> set(SqlColumn<V> column, @Nullable V value);

    /** {@code SET column = expression}. */
    <V> UpdateQuery<T> set(SqlColumn<V> column, Expression<V> value);
}
