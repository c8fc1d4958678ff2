package dev.sleet.migrate;

import dev.sleet.d1.Database;
import dev.sleet.result.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a database's user tables and indexes through the PRAGMAs D1 allows (table_list, table_xinfo, index_list,
 * index_info, foreign_key_list) and the stored CREATE statements.
 */
final class Introspector {

    private final Database db;
    private final String migrationsTable;

    Introspector(Database db, String migrationsTable) {
        this.db = db;
        this.migrationsTable = migrationsTable;
    }

    SchemaShape read() {
        List<TableShape> tables = new ArrayList<>();
        List<IndexShape> indexes = new ArrayList<>();
        for (Row row : db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .all()) {
            String name = text(row, "name");
            if (isInternal(name)) {
                continue;
            }
            tables.add(table(name, text(row, "sql")));
            indexes.addAll(indexes(name));
        }
        indexes.sort(Comparator.comparing(IndexShape::name));
        return new SchemaShape(tables, indexes);
    }

    /** Tables that belong to SQLite, D1, migrations or Sleet's rebuilds, not to the schema. */
    boolean isInternal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("sqlite_")
                || lower.startsWith("_cf_")
                || lower.startsWith("__sleet_")
                || lower.equalsIgnoreCase(migrationsTable);
    }

    private TableShape table(String name, String sql) {
        CreateTableText text = CreateTableText.parse(sql);
        List<List<String>> uniques = new ArrayList<>();
        List<String> singleUnique = new ArrayList<>();
        for (Row index : pragma("index_list", name)) {
            if (!"u".equals(index.getString("origin"))) {
                continue;
            }
            List<String> columns = indexColumns(text(index, "name"));
            if (columns.size() == 1) {
                singleUnique.add(columns.get(0).toLowerCase(Locale.ROOT));
            } else {
                uniques.add(columns.stream()
                        .map(c -> c.toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList());
            }
        }
        uniques.sort(Comparator.comparing(Object::toString));
        List<ColumnShape> columns = new ArrayList<>();
        for (Row c : pragma("table_xinfo", name)) {
            String column = text(c, "name");
            int hidden = (int) number(c, "hidden");
            columns.add(new ColumnShape(
                    column,
                    text(c, "type").toUpperCase(Locale.ROOT),
                    number(c, "notnull") != 0,
                    c.getString("dflt_value"),
                    (int) number(c, "pk"),
                    hidden,
                    text.columnCheck(column),
                    hidden == 0 ? null : text.generated(column),
                    singleUnique.contains(column.toLowerCase(Locale.ROOT))));
        }
        List<ForeignKeyShape> foreignKeys = new ArrayList<>();
        for (Row fk : pragma("foreign_key_list", name)) {
            foreignKeys.add(new ForeignKeyShape(
                    text(fk, "from").toLowerCase(Locale.ROOT),
                    text(fk, "table").toLowerCase(Locale.ROOT),
                    lowerOrNull(fk.getString("to")),
                    text(fk, "on_delete"),
                    text(fk, "on_update")));
        }
        foreignKeys.sort(Comparator.comparing(ForeignKeyShape::column));
        Row list = db.prepare("PRAGMA table_list(" + quote(name) + ")").first().orElseThrow();
        return new TableShape(
                name,
                columns,
                uniques,
                text.tableChecks(),
                foreignKeys,
                number(list, "strict") != 0,
                number(list, "wr") != 0,
                text.autoIncrement());
    }

    private List<IndexShape> indexes(String table) {
        List<IndexShape> indexes = new ArrayList<>();
        for (Row index : pragma("index_list", table)) {
            if (!"c".equals(index.getString("origin"))) {
                continue;
            }
            String name = text(index, "name");
            String sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")
                    .bind(name)
                    .first("sql", String.class)
                    .orElseThrow();
            indexes.add(new IndexShape(
                    name,
                    table,
                    number(index, "unique") != 0,
                    indexColumns(name),
                    CreateTableText.indexWhere(sql),
                    sql));
        }
        return indexes;
    }

    private List<String> indexColumns(String index) {
        List<String> columns = new ArrayList<>();
        for (Row c : pragma("index_info", index)) {
            columns.add(c.getString("name")); // null for an indexed expression
        }
        return columns;
    }

    private List<Row> pragma(String pragma, String argument) {
        return db.prepare("PRAGMA " + pragma + "(" + quote(argument) + ")").all();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A value SQLite always reports, such as a column's name in a PRAGMA's row. */
    private static String text(Row row, String column) {
        return Objects.requireNonNull(row.getString(column), () -> "SQLite reported no " + column);
    }

    /** A number SQLite always reports, such as a PRAGMA's flags. */
    private static long number(Row row, String column) {
        return Objects.requireNonNull(row.getLong(column), () -> "SQLite reported no " + column);
    }

    private static @Nullable String lowerOrNull(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
