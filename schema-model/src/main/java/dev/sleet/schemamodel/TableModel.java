package dev.sleet.schemamodel;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table as its record declares it.
 *
 * @param name         the table's name
 * @param recordClass  the record's qualified class name
 * @param tableClass   the generated table class's qualified name
 * @param strict       {@code STRICT}
 * @param withoutRowid {@code WITHOUT ROWID}
 * @param renamedFrom  the earlier name, or null
 * @param columns      the columns, in component order
 * @param primaryKey   a composite primary key's columns, in key order; empty when a column carries the key
 * @param uniques      composite UNIQUE constraints, each a list of columns
 * @param checks       table CHECK constraints
 * @param indexes      indexes
 */
public record TableModel(
        String name,
        String recordClass,
        String tableClass,
        boolean strict,
        boolean withoutRowid,
        @Nullable String renamedFrom,
        List<ColumnModel> columns,
        List<String> primaryKey,
        List<List<String>> uniques,
        List<CheckModel> checks,
        List<IndexModel> indexes) {

    /** The same table with other columns. */
    public TableModel withColumns(List<ColumnModel> newColumns) {
        return new TableModel(
                name,
                recordClass,
                tableClass,
                strict,
                withoutRowid,
                renamedFrom,
                List.copyOf(newColumns),
                primaryKey,
                uniques,
                checks,
                indexes);
    }

    /** The column of that name. */
    public Optional<ColumnModel> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The primary key's columns: the composite key, or the column marked as key; empty when there is none. */
    public List<String> primaryKeyColumns() {
        if (!primaryKey.isEmpty()) {
            return primaryKey;
        }
        return columns.stream()
                .filter(ColumnModel::primaryKey)
                .map(ColumnModel::name)
                .toList();
    }
}
