package dev.sleet.migrate;

/**
 * A one-column foreign key as SQLite reports it.
 *
 * @param column   the referencing column
 * @param table    the referenced table
 * @param toColumn the referenced column (null: the referenced table's primary key)
 * @param onDelete the ON DELETE action
 * @param onUpdate the ON UPDATE action
 */
record ForeignKeyShape(String column, String table, String toColumn, String onDelete, String onUpdate) {}
