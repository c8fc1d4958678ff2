package dev.sleet.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A one-column foreign key as SQLite reports it.
 *
 * @param column   the referencing column
 * @param table    the referenced table
 * @param toColumn the referenced column (null: the referenced table's primary key)
 * @param onDelete the ON DELETE action
 * @param onUpdate the ON UPDATE action
 */
record ForeignKeyShape(
        String column, String table, @Nullable String toColumn, String onDelete, String onUpdate) {}
