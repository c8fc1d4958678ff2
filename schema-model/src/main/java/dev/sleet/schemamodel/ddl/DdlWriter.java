package dev.sleet.schemamodel.ddl;

import dev.sleet.schemamodel.CheckModel;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ForeignKeyModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the SQL that creates a table and its indexes, as the processor verifies it and migrations run it:
 *
 * <pre>{@code
 * CREATE TABLE "users" (
 *   "id" TEXT PRIMARY KEY NOT NULL,
 *   "points" INTEGER NOT NULL DEFAULT 0,
 *   "created_at" TEXT NOT NULL DEFAULT (datetime('now'))
 * );
 * }</pre>
 */
public final class DdlWriter {

    /** Defaults SQLite takes without parentheses: numbers, string and blob literals, NULL, TRUE/FALSE, CURRENT_*. */
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|(?i:null|true|false|current_time"
                    + "|current_date|current_timestamp)");

    private DdlWriter() {}

    /** {@code CREATE TABLE ...} without a closing semicolon. */
    public static String createTable(TableModel table) {
        return createTable(table, table.name());
    }

    /** {@code CREATE TABLE} under another name (a rebuild's {@code __new_} table), without a closing semicolon. */
    public static String createTable(TableModel table, String name) {
        List<String> lines = new ArrayList<>();
        for (ColumnModel column : table.columns()) {
            lines.add("  " + columnDefinition(column, table.name(), name));
        }
        if (!table.primaryKey().isEmpty()) {
            lines.add("  PRIMARY KEY " + columnList(table.primaryKey()));
        }
        for (List<String> unique : table.uniques()) {
            lines.add("  UNIQUE " + columnList(unique));
        }
        for (CheckModel check : table.checks()) {
            lines.add("  " + check(check));
        }
        StringBuilder sql =
                new StringBuilder("CREATE TABLE ").append(quote(name)).append(" (\n");
        sql.append(String.join(",\n", lines)).append("\n)");
        List<String> options = new ArrayList<>();
        if (table.withoutRowid()) {
            options.add("WITHOUT ROWID");
        }
        if (table.strict()) {
            options.add("STRICT");
        }
        if (!options.isEmpty()) {
            sql.append(" ").append(String.join(", ", options));
        }
        return sql.toString();
    }

    /** {@code CREATE [UNIQUE] INDEX ...} without a closing semicolon. */
    public static String createIndex(String table, IndexModel index) {
        StringBuilder sql = new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(quote(index.name()))
                .append(" ON ")
                .append(quote(table))
                .append(" ")
                .append(columnList(index.columns()));
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.toString();
    }

    /** Every statement that creates the table: the table, then its indexes. */
    public static List<String> create(TableModel table) {
        List<String> statements = new ArrayList<>();
        statements.add(createTable(table));
        for (IndexModel index : table.indexes()) {
            statements.add(createIndex(table.name(), index));
        }
        return statements;
    }

    /** One column's definition: {@code "name" TYPE [constraints]}. */
    public static String columnDefinition(ColumnModel column) {
        return columnDefinition(column, null, null);
    }

    /**
     * A column's definition in a table written under another name: a reference to the table itself points to the
     * new name, so that dropping the old table does not reach the new one's rows.
     */
    private static String columnDefinition(ColumnModel column, @Nullable String tableName, @Nullable String writtenAs) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(" ").append(column.sqlType());
        if (column.primaryKey()) {
            sql.append(" PRIMARY KEY");
            if (column.autoIncrement()) {
                sql.append(" AUTOINCREMENT");
            }
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.unique()) {
            sql.append(" UNIQUE");
        }
        if (column.defaultSql() != null) {
            sql.append(" DEFAULT ").append(defaultExpression(column.defaultSql()));
        }
        if (column.check() != null) {
            sql.append(" ").append(check(column.check()));
        }
        ForeignKeyModel fk = column.references();
        if (fk != null) {
            boolean self = tableName != null && writtenAs != null && fk.table().equalsIgnoreCase(tableName);
            sql.append(" REFERENCES ").append(quote(self && writtenAs != null ? writtenAs : fk.table()));
            if (!fk.column().isEmpty()) {
                sql.append(" (").append(quote(fk.column())).append(")");
            }
            if (!fk.onDelete().equals("NO ACTION")) {
                sql.append(" ON DELETE ").append(fk.onDelete());
            }
            if (!fk.onUpdate().equals("NO ACTION")) {
                sql.append(" ON UPDATE ").append(fk.onUpdate());
            }
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (")
                    .append(column.generated().sql())
                    .append(")")
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return sql.toString();
    }

    /** A default as SQLite needs it: literals as they are, any other expression in parentheses. */
    public static String defaultExpression(String sql) {
        String trimmed = sql.trim();
        return LITERAL.matcher(trimmed).matches() ? trimmed : "(" + trimmed + ")";
    }

    /** A double-quoted identifier. */
    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String check(CheckModel check) {
        String constraint = check.name() == null ? "" : "CONSTRAINT " + quote(check.name()) + " ";
        return constraint + "CHECK (" + check.sql() + ")";
    }

    private static String columnList(List<String> columns) {
        List<String> quoted = columns.stream().map(DdlWriter::quote).toList();
        return "(" + String.join(", ", quoted) + ")";
    }
}
