package dev.sleet.migrate;

import dev.sleet.d1.Database;
import dev.sleet.result.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
    for (Row row : db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all()) {
      String name = row.getString("name");
      if (isInternal(name)) {
        continue;
      }
      tables.add(table(name, row.getString("sql")));
      indexes.addAll(indexes(name));
    }
    indexes.sort(Comparator.comparing(IndexShape::name));
    return new SchemaShape(tables, indexes);
  }

  /** Tables that belong to SQLite, D1, migrations or Sleet's rebuilds, not to the schema. */
  boolean isInternal(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("sqlite_") || lower.startsWith("_cf_") || lower.startsWith("__sleet_")
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
      List<String> columns = indexColumns(index.getString("name"));
      if (columns.size() == 1) {
        singleUnique.add(columns.get(0).toLowerCase(Locale.ROOT));
      } else {
        uniques.add(columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().toList());
      }
    }
    uniques.sort(Comparator.comparing(Object::toString));
    List<ColumnShape> columns = new ArrayList<>();
    for (Row c : pragma("table_xinfo", name)) {
      String column = c.getString("name");
      int hidden = c.getLong("hidden").intValue();
      columns.add(new ColumnShape(column, c.getString("type").toUpperCase(Locale.ROOT), c.getLong("notnull") != 0,
          c.getString("dflt_value"), c.getLong("pk").intValue(), hidden, text.columnCheck(column),
          hidden == 0 ? null : text.generated(column), singleUnique.contains(column.toLowerCase(Locale.ROOT))));
    }
    List<ForeignKeyShape> foreignKeys = new ArrayList<>();
    for (Row fk : pragma("foreign_key_list", name)) {
      foreignKeys.add(new ForeignKeyShape(fk.getString("from").toLowerCase(Locale.ROOT),
          fk.getString("table").toLowerCase(Locale.ROOT),
          fk.getString("to") == null ? null : fk.getString("to").toLowerCase(Locale.ROOT),
          fk.getString("on_delete"), fk.getString("on_update")));
    }
    foreignKeys.sort(Comparator.comparing(ForeignKeyShape::column));
    Row list = db.prepare("PRAGMA table_list(" + quote(name) + ")").first().orElseThrow();
    return new TableShape(name, columns, uniques, text.tableChecks(), foreignKeys, list.getLong("strict") != 0,
        list.getLong("wr") != 0, text.autoIncrement());
  }

  private List<IndexShape> indexes(String table) {
    List<IndexShape> indexes = new ArrayList<>();
    for (Row index : pragma("index_list", table)) {
      if (!"c".equals(index.getString("origin"))) {
        continue;
      }
      String name = index.getString("name");
      String sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").bind(name)
          .first("sql", String.class).orElseThrow();
      indexes.add(new IndexShape(name, table, index.getLong("unique") != 0, indexColumns(name),
          CreateTableText.indexWhere(sql), sql));
    }
    return indexes;
  }

  private List<String> indexColumns(String index) {
    List<String> columns = new ArrayList<>();
    for (Row c : pragma("index_info", index)) {
      columns.add(c.getString("name"));
    }
    return columns;
  }

  private List<Row> pragma(String pragma, String argument) {
    return db.prepare("PRAGMA " + pragma + "(" + quote(argument) + ")").all();
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
