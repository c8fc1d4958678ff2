package dev.sleet.migrate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user-created index as SQLite reports it.
 *
 * @param name    its name
 * @param table   its table
 * @param unique  UNIQUE
 * @param columns the indexed columns (expressions show as null)
 * @param where   a partial index's condition, normalised, or null
 * @param sql     the statement that created it
 */
record IndexShape(
        String name,
        String table,
        boolean unique,
        List<@Nullable String> columns,
        @Nullable String where,
        String sql) {

    /** Whether two indexes are the same, whatever their SQL text looks like. */
    boolean sameAs(IndexShape other) {
        return name.equalsIgnoreCase(other.name)
                && table.equalsIgnoreCase(other.table)
                && unique == other.unique
                && columns.equals(other.columns)
                && java.util.Objects.equals(where, other.where);
    }
}
