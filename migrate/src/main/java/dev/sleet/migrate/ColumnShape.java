package dev.sleet.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A column as SQLite reports it, so that a schema built by migrations and one built from the records compare alike.
 *
 * @param name       its name
 * @param type       its declared type, upper-cased
 * @param notNull    NOT NULL
 * @param defaultSql its default as SQLite reports it (without surrounding parentheses), or null
 * @param pkPosition its position in the primary key from 1, or 0
 * @param hidden     0 for a plain column, 2 for a VIRTUAL generated column, 3 for a STORED one
 * @param check      its CHECK condition, normalised, or null
 * @param generated  its generation expression, normalised, or null
 * @param unique     whether it alone is UNIQUE
 */
record ColumnShape(
        String name,
        String type,
        boolean notNull,
        @Nullable String defaultSql,
        int pkPosition,
        int hidden,
        @Nullable String check,
        @Nullable String generated,
        boolean unique) {

    /** The same column under another name. */
    ColumnShape renamed(String newName) {
        return new ColumnShape(newName, type, notNull, defaultSql, pkPosition, hidden, check, generated, unique);
    }
}
