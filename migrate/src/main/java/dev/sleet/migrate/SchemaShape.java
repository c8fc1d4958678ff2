package dev.sleet.migrate;

import java.util.List;
import java.util.Optional;

/**
 * A database's user tables and indexes as SQLite reports them (SQLite's, D1's and the migration table left out).
 *
 * @param tables  the tables, by name
 * @param indexes the user-created indexes, by name
 */
record SchemaShape(List<TableShape> tables, List<IndexShape> indexes) {

    Optional<TableShape> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    List<IndexShape> indexesOf(String table) {
        return indexes.stream().filter(i -> i.table().equalsIgnoreCase(table)).toList();
    }
}
