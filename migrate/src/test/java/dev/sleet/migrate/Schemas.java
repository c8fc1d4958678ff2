package dev.sleet.migrate;

import dev.sleet.schemamodel.CheckModel;
import dev.sleet.schemamodel.ColumnBuilder;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
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
        return ColumnBuilder.column(name, sqlType);
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
            return new TableModel(
                    name,
                    "app." + name,
                    "app.T" + name,
                    false,
                    false,
                    renamedFrom,
                    List.copyOf(columns),
                    List.of(),
                    List.of(),
                    List.copyOf(checks),
                    List.copyOf(indexes));
        }
    }
}
