package dev.sleet.migrate;

import java.util.List;
import java.util.Optional;

/**
 * A table as SQLite reports it.
 *
 * @param name          its name
 * @param columns       its columns, in order
 * @param uniques       multi-column UNIQUE constraints, each sorted
 * @param checks        table CHECK conditions, normalised and sorted
 * @param foreignKeys   its foreign keys
 * @param strict        STRICT
 * @param withoutRowid  WITHOUT ROWID
 * @param autoIncrement whether its key is AUTOINCREMENT
 */
record TableShape(
        String name,
        List<ColumnShape> columns,
        List<List<String>> uniques,
        List<String> checks,
        List<ForeignKeyShape> foreignKeys,
        boolean strict,
        boolean withoutRowid,
        boolean autoIncrement) {

    /** The same table under another name. */
    TableShape withName(String newName) {
        return new TableShape(newName, columns, uniques, checks, foreignKeys, strict, withoutRowid, autoIncrement);
    }

    /** The same table with other foreign keys. */
    TableShape withForeignKeys(List<ForeignKeyShape> keys) {
        return new TableShape(name, columns, uniques, checks, keys, strict, withoutRowid, autoIncrement);
    }

    Optional<ColumnShape> column(String columnName) {
        return columns.stream()
                .filter(c -> c.name().equalsIgnoreCase(columnName))
                .findFirst();
    }

    /** The names of the columns a statement may write (not generated ones). */
    List<String> writableColumns() {
        return columns.stream()
                .filter(c -> c.hidden() == 0)
                .map(ColumnShape::name)
                .toList();
    }
}
