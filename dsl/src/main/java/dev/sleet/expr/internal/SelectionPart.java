package dev.sleet.expr.internal;

import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.RowCursor;
import org.jspecify.annotations.Nullable;

/**
 * How a selected item renders and reads: the contract behind {@link dev.sleet.expr.Selectable}, which users never
 * call.
 *
 * @param <T> what its result columns read back as
 */
public interface SelectionPart<T> {

    /** How many result columns it occupies. */
    int width();

    /** Writes its result columns, comma-separated. */
    void renderSelection(SqlBuilder sql);

    /**
     * Reads its value from the current row, starting at result column {@code first} (1-based).
     *
     * @return the value; null for a NULL column, or for a whole table whose columns are all NULL (the missing side of
     *     an outer join)
     */
    @Nullable
    T read(RowCursor row, int first);
}
