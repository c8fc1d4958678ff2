package dev.sleet.schemamodel;

import java.util.Map;

/**
 * Builds a {@link ColumnModel} for tests, as the processor would describe the column: NOT NULL unless made
 * nullable, its Java type the usual one for its SQL type.
 */
public final class ColumnBuilder {

    private static final Map<String, String> JAVA_TYPES = Map.of(
            "TEXT", "java.lang.String", "INTEGER", "java.lang.Long", "REAL", "java.lang.Double", "BLOB", "byte[]");

    private final String name;
    private final String sqlType;
    private boolean nullable;
    private boolean primaryKey;
    private boolean autoIncrement;
    private boolean unique;
    private String defaultSql;
    private CheckModel check;
    private GeneratedModel generated;
    private ForeignKeyModel references;
    private String renamedFrom;

    private ColumnBuilder(String name, String sqlType) {
        this.name = name;
        this.sqlType = sqlType;
    }

    /** A column named {@code name} (its component too) of {@code sqlType}. */
    public static ColumnBuilder column(String name, String sqlType) {
        return new ColumnBuilder(name, sqlType);
    }

    public ColumnBuilder nullable() {
        nullable = true;
        return this;
    }

    public ColumnBuilder primaryKey() {
        primaryKey = true;
        return this;
    }

    /** An INTEGER PRIMARY KEY AUTOINCREMENT; implies {@link #primaryKey()}. */
    public ColumnBuilder autoIncrement() {
        primaryKey = true;
        autoIncrement = true;
        return this;
    }

    public ColumnBuilder unique() {
        unique = true;
        return this;
    }

    public ColumnBuilder defaultSql(String sql) {
        defaultSql = sql;
        return this;
    }

    public ColumnBuilder check(CheckModel value) {
        check = value;
        return this;
    }

    public ColumnBuilder generated(GeneratedModel value) {
        generated = value;
        return this;
    }

    /** A VIRTUAL generated column computed by {@code sql}. */
    public ColumnBuilder generated(String sql) {
        return generated(new GeneratedModel(sql, false));
    }

    public ColumnBuilder references(ForeignKeyModel value) {
        references = value;
        return this;
    }

    /** A foreign key to {@code table(column)} with the given ON DELETE action and ON UPDATE NO ACTION. */
    public ColumnBuilder references(String table, String column, String onDelete) {
        return references(new ForeignKeyModel(table, column, onDelete, "NO ACTION"));
    }

    public ColumnBuilder renamedFrom(String old) {
        renamedFrom = old;
        return this;
    }

    public ColumnModel build() {
        return new ColumnModel(
                name,
                name,
                JAVA_TYPES.getOrDefault(sqlType, "java.lang.Object"),
                sqlType,
                nullable,
                primaryKey,
                autoIncrement,
                unique,
                defaultSql,
                check,
                generated,
                references,
                renamedFrom);
    }
}
