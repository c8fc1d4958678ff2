package dev.sleet.schemamodel;

import org.jspecify.annotations.Nullable;

/**
 * A column as its record component declares it.
 *
 * @param name          the column's name
 * @param component     the record component's name
 * @param javaType      the component's Java type, as written in source
 * @param sqlType       the declared type: INTEGER, REAL, TEXT or BLOB
 * @param nullable      whether it may hold NULL
 * @param primaryKey    whether it alone is the primary key
 * @param autoIncrement {@code AUTOINCREMENT}
 * @param unique        whether it alone is UNIQUE
 * @param defaultSql    the DEFAULT expression as written, or null
 * @param check         the column CHECK constraint, or null
 * @param generated     the generation expression, or null
 * @param references    the foreign key, or null
 * @param renamedFrom   the earlier name, or null
 */
public record ColumnModel(
        String name,
        String component,
        String javaType,
        String sqlType,
        boolean nullable,
        boolean primaryKey,
        boolean autoIncrement,
        boolean unique,
        @Nullable String defaultSql,
        @Nullable CheckModel check,
        @Nullable GeneratedModel generated,
        @Nullable ForeignKeyModel references,
        @Nullable String renamedFrom) {

    /** The same column, nullable or not. */
    public ColumnModel withNullable(boolean isNullable) {
        return new ColumnModel(
                name,
                component,
                javaType,
                sqlType,
                isNullable,
                primaryKey,
                autoIncrement,
                unique,
                defaultSql,
                check,
                generated,
                references,
                renamedFrom);
    }

    /** The same column with another foreign key. */
    public ColumnModel withReferences(ForeignKeyModel foreignKey) {
        return new ColumnModel(
                name,
                component,
                javaType,
                sqlType,
                nullable,
                primaryKey,
                autoIncrement,
                unique,
                defaultSql,
                check,
                generated,
                foreignKey,
                renamedFrom);
    }

    /** Whether SQLite fills the column on insert when it is left out: a default, a rowid key, or a generated value. */
    public boolean filledByDatabase() {
        return defaultSql != null || generated != null || (primaryKey && sqlType.equals("INTEGER"));
    }
}
