package dev.sleet.bench.scale;

import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A history of {@link #FILES} migration files that builds an older version of the {@link ScaleSchema}, so that
 * {@code d1:generate} has work of every kind to plan from it: every file creates the next tables, and the records
 * have since gained a column on every tenth table (ALTER TABLE ADD COLUMN), relaxed a NOT NULL on every sixtieth
 * (a table rebuild that keeps the rows of the tables below it) and gained an index on every twenty-fifth.
 */
public final class MigrationHistory {

    /** How many files. */
    public static final int FILES = 50;

    private MigrationHistory() {}

    /** Writes the files into {@code folder}, which is created if missing. */
    public static void write(Path folder, SchemaModel current) {
        List<TableModel> tables = current.tables();
        int perFile = (tables.size() + FILES - 1) / FILES;
        try {
            Files.createDirectories(folder);
            for (int file = 0; file < FILES; file++) {
                StringBuilder sql = new StringBuilder();
                for (int t = file * perFile; t < Math.min(tables.size(), (file + 1) * perFile); t++) {
                    for (String statement : DdlWriter.create(older(t, tables.get(t)))) {
                        sql.append(statement).append(";\n");
                    }
                }
                String name = String.format(Locale.ROOT, "%04d_create_tables_%d.sql", file + 1, file + 1);
                Files.writeString(folder.resolve(name), sql.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Table {@code index} (in name order, which is creation order) as the history built it. */
    private static TableModel older(int index, TableModel table) {
        List<ColumnModel> columns = new ArrayList<>(table.columns());
        if (index % 10 == 9) {
            columns.removeIf(c -> c.name().equals("note"));
        }
        if (index % 60 == 30) {
            columns.replaceAll(c -> c.name().equals("description") ? c.withNullable(false) : c);
        }
        TableModel older = table.withColumns(columns);
        if (index % 25 == 0) {
            older = new TableModel(
                    older.name(),
                    older.recordClass(),
                    older.tableClass(),
                    older.strict(),
                    older.withoutRowid(),
                    older.renamedFrom(),
                    older.columns(),
                    older.primaryKey(),
                    older.uniques(),
                    older.checks(),
                    List.of());
        }
        return older;
    }
}
