package dev.sleet.table.internal;

import dev.sleet.table.ColumnOption;
import dev.sleet.table.SqlTable;
import dev.sleet.table.StringColumn;
import dev.sleet.types.SqlTypes;

/** A String column as Sleet renders it. */
public final class TextColumn extends TableColumn<String> implements StringColumn {

    /** Creates a String column of {@code table}; see {@link TableColumn#TableColumn}. */
    public TextColumn(SqlTable<?> table, String qualifier, String name, ColumnOption... options) {
        super(table, qualifier, name, SqlTypes.STRING, options);
    }
}
