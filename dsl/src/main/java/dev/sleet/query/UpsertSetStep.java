package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import org.jspecify.annotations.Nullable;

/**
 * {@code ON CONFLICT (target) DO UPDATE}, waiting for its first {@code SET}.
 *
 * @param <T> the table's record
 */
public interface UpsertSetStep<T> {

    /** {@code SET column = value} on conflict; null sets NULL. */
    <V> UpsertQuery<T> set(SqlColumn<V> column, @Nullable V value);

    /** {@code SET column = expression} on conflict. */
    <V> UpsertQuery<T> set(SqlColumn<V> column, Expression<V> value);
}
