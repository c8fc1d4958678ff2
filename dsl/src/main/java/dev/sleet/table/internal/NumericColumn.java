package dev.sleet.table.internal;

import dev.sleet.table.ColumnOption;
import dev.sleet.table.NumberColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.types.SqlType;

/**
 * A numeric column as Sleet renders it.
 *
 * @param <N> the Java number type
 */
public final class NumericColumn<N extends Number> extends TableColumn<N> implements NumberColumn<N> {

    /** Creates a numeric column of {@code table}; see {@link TableColumn#TableColumn}. */
    public NumericColumn(SqlTable<?> table, String qualifier, String name, SqlType<N> type, ColumnOption... options) {
        super(table, qualifier, name, type, options);
    }
}
