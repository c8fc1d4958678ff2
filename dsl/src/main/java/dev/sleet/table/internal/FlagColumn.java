package dev.sleet.table.internal;

import dev.sleet.table.BooleanColumn;
import dev.sleet.table.ColumnOption;
import dev.sleet.table.SqlTable;
import dev.sleet.types.SqlTypes;

/** A boolean column as Sleet renders it. */
public final class FlagColumn extends TableColumn<Boolean> implements BooleanColumn {

    /** Creates a boolean column of {@code table}; see {@link TableColumn#TableColumn}. */
    public FlagColumn(SqlTable<?> table, String qualifier, String name, ColumnOption... options) {
        super(table, qualifier, name, SqlTypes.BOOLEAN, options);
    }
}
