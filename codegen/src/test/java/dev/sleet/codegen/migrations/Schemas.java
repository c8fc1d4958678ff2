package dev.sleet.codegen.migrations;

import dev.sleet.codegen.model.CheckModel;
import dev.sleet.codegen.model.ColumnModel;
import dev.sleet.codegen.model.ForeignKeyModel;
import dev.sleet.codegen.model.GeneratedModel;
import dev.sleet.codegen.model.IndexModel;
import dev.sleet.codegen.model.SchemaModel;
import dev.sleet.codegen.model.TableModel;
import java.util.ArrayList;
import java.util.List;

/** Builds schema models for planner tests, as the processor would describe them. */
final class Schemas {

  private Schemas() {}

  static SchemaModel schema(TableModel... tables) {
    return new SchemaModel(List.of(tables));
  }

  static Table table(String name) {
    return new Table(name);
  }

  static ColumnBuilder column(String name, String sqlType) {
    return new ColumnBuilder(name, sqlType);
  }

  /** A table under construction. */
  static final class Table {
    private final String name;
    private final List<ColumnModel> columns = new ArrayList<>();
    private final List<IndexModel> indexes = new ArrayList<>();
    private final List<CheckModel> checks = new ArrayList<>();
    private String renamedFrom;

    Table(String name) {
      this.name = name;
    }

    Table with(ColumnBuilder column) {
      columns.add(column.build());
      return this;
    }

    Table index(String indexName, String... indexColumns) {
      indexes.add(new IndexModel(indexName, List.of(indexColumns), false, null));
      return this;
    }

    Table uniqueIndex(String indexName, String... indexColumns) {
      indexes.add(new IndexModel(indexName, List.of(indexColumns), true, null));
      return this;
    }

    Table check(String sql) {
      checks.add(new CheckModel(null, sql));
      return this;
    }

    Table renamedFrom(String old) {
      renamedFrom = old;
      return this;
    }

    TableModel build() {
      return new TableModel(name, "app." + name, "app.T" + name, false, false, renamedFrom, List.copyOf(columns),
          List.of(), List.of(), List.copyOf(checks), List.copyOf(indexes));
    }
  }

  /** A column under construction. */
  static final class ColumnBuilder {
    private final String name;
    private final String sqlType;
    private boolean nullable;
    private boolean primaryKey;
    private boolean autoIncrement;
    private boolean unique;
    private String defaultSql;
    private ForeignKeyModel references;
    private String renamedFrom;
    private GeneratedModel generated;

    ColumnBuilder(String name, String sqlType) {
      this.name = name;
      this.sqlType = sqlType;
    }

    ColumnBuilder nullable() {
      nullable = true;
      return this;
    }

    ColumnBuilder primaryKey() {
      primaryKey = true;
      return this;
    }

    /** An INTEGER PRIMARY KEY AUTOINCREMENT; implies {@link #primaryKey()}. */
    ColumnBuilder autoIncrement() {
      primaryKey = true;
      autoIncrement = true;
      return this;
    }

    ColumnBuilder unique() {
      unique = true;
      return this;
    }

    ColumnBuilder defaultSql(String sql) {
      defaultSql = sql;
      return this;
    }

    ColumnBuilder references(String table, String column, String onDelete) {
      references = new ForeignKeyModel(table, column, onDelete, "NO ACTION");
      return this;
    }

    ColumnBuilder renamedFrom(String old) {
      renamedFrom = old;
      return this;
    }

    ColumnBuilder generated(String sql) {
      generated = new GeneratedModel(sql, false);
      return this;
    }

    ColumnModel build() {
      return new ColumnModel(name, name, "java.lang.Object", sqlType, nullable, primaryKey, autoIncrement, unique,
          defaultSql, null, generated, references, renamedFrom);
    }
  }
}
