package dev.sleet.table.internal;

import dev.sleet.expr.internal.SelectionPart;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.types.RowCursor;
import org.jspecify.annotations.Nullable;

/**
 * What Sleet's queries need of a table that its users never call: reading and writing its rows, and writing it as
 * a FROM source or a selection. {@link SqlTable} keeps these out of its public API and hands them over here once,
 * when the class initialises.
 */
public final class TableParts {

    /** The table operations behind the bridge; {@link SqlTable} installs the only one. */
    public interface Access {

        /** Builds a record from the row's columns, starting at result column {@code first} (1-based). */
        <R> R readRow(SqlTable<R> table, RowCursor row, int first);

        /** As {@link #readRow}, but null when every column is NULL (the missing side of an outer join). */
        <R> @Nullable R readOrNull(SqlTable<R> table, RowCursor row, int first);

        /** The storage values of a record's columns, in column order. */
        <R> Object[] storageValues(SqlTable<R> table, R row);

        /** Writes the table as a FROM or JOIN source: {@code "users"} or {@code "users" AS "u"}. */
        void renderSource(SqlTable<?> table, SqlBuilder sql);

        /** Writes every column as a result column, comma-separated. */
        void renderSelection(SqlTable<?> table, SqlBuilder sql);
    }

    private static @Nullable Access access;

    private TableParts() {}

    /**
     * Called once, by {@link SqlTable}'s class initialiser.
     *
     * @throws IllegalStateException on a second call
     */
    public static synchronized void install(Access tables) {
        if (access != null) {
            throw new IllegalStateException("the table bridge is installed once, by SqlTable");
        }
        access = tables;
    }

    private static Access access() {
        Access tables = access;
        if (tables == null) {
            // Unreachable: every caller holds a table, so SqlTable's class initialiser has run.
            throw new IllegalStateException("SqlTable has not installed its bridge");
        }
        return tables;
    }

    /** See {@link Access#readRow}. */
    public static <R> R readRow(SqlTable<R> table, RowCursor row, int first) {
        return access().readRow(table, row, first);
    }

    /** See {@link Access#storageValues}. */
    public static <R> Object[] storageValues(SqlTable<R> table, R row) {
        return access().storageValues(table, row);
    }

    /** See {@link Access#renderSource}. */
    public static void renderSource(SqlTable<?> table, SqlBuilder sql) {
        access().renderSource(table, sql);
    }

    /** The whole table as a selected item, read back as its record, or null when all its columns are NULL. */
    public static <R> SelectionPart<R> selection(SqlTable<R> table) {
        return new SelectionPart<>() {
            @Override
            public int width() {
                return table.columns().size();
            }

            @Override
            public void renderSelection(SqlBuilder sql) {
                access().renderSelection(table, sql);
            }

            @Override
            public @Nullable R read(RowCursor row, int first) {
                return access().readOrNull(table, row, first);
            }
        };
    }
}
