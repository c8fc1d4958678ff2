package dev.sleet.schemamodel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole schema: every table, sorted by name so that the same schema always reads and writes the same way. It is
 * what the processor writes to {@code META-INF/sleet/schema.json} and what the migration planner compares with the
 * database.
 *
 * @param tables the tables, by name
 */
public record SchemaModel(List<TableModel> tables) {

    /** A schema of these tables, sorted by name. */
    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(TableModel::name)).toList();
    }

    /** The table of that name. */
    public Optional<TableModel> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
