package dev.sleet.migrate;

import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plans the statements that turn the current schema (what the migrations build) into the desired one (what the
 * records declare): renames declared with {@code @RenamedFrom}, created and dropped tables and indexes, columns
 * added or dropped with ALTER TABLE where SQLite allows it, and a table rebuild for every other change.
 *
 * <p>A rebuild keeps every row of every table that refers to the rebuilt one, directly or through a chain,
 * whatever its ON DELETE action: D1 keeps foreign keys on during migrations, so dropping the old table would
 * otherwise cascade, set null or be refused. The referring rows are copied aside, removed (deepest first), and put
 * back (shallowest first) after the new table has taken the old one's name, under {@code defer_foreign_keys}.
 */
final class MigrationPlanner {

    private static final Pattern CONSTANT =
            Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|(?i:null|true|false)");

    private final SchemaShape current;
    private final SchemaModel desiredModel;
    private final SchemaShape desired;
    private final List<String> statements = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<String> losses = new ArrayList<>();
    private boolean deferred;

    MigrationPlanner(SchemaShape current, SchemaModel desiredModel, SchemaShape desired) {
        this.current = current;
        this.desiredModel = desiredModel;
        this.desired = desired;
    }

    MigrationPlan plan() {
        Map<String, TableShape> now = new LinkedHashMap<>();
        current.tables().forEach(t -> now.put(key(t.name()), t));
        List<IndexShape> currentIndexes = new ArrayList<>(current.indexes());

        renameTables(now, currentIndexes);
        List<TableModel> created = new ArrayList<>();
        List<TableShape> changed = new ArrayList<>();
        for (TableModel table : desiredModel.tables()) {
            if (!now.containsKey(key(table.name()))) {
                created.add(table);
            }
        }
        List<TableShape> dropped = now.values().stream()
                .filter(t -> desiredModel.table(t.name()).isEmpty())
                .toList();
        if (!created.isEmpty() && !dropped.isEmpty()) {
            losses.add("tables " + names(dropped) + " would be dropped and "
                    + created.stream().map(TableModel::name).toList()
                    + " created: if a table was renamed, annotate its record with @RenamedFrom(\"old_name\")");
        }
        List<String> rebuilt = new ArrayList<>();
        for (TableModel table : desiredModel.tables()) {
            TableShape before = now.get(key(table.name()));
            if (before != null && !sameTable(before, desired.table(table.name()).orElseThrow())) {
                changed.add(before);
            }
        }
        dropRemovedIndexes(currentIndexes);
        for (TableModel table : created) {
            statements.add(DdlWriter.createTable(table));
            changes.add("create_" + table.name());
        }
        for (TableShape before : changed) {
            TableModel model = desiredModel.table(before.name()).orElseThrow();
            if (!alterInPlace(before, model)) {
                rebuild(before, model, now);
                rebuilt.add(key(before.name()));
            }
            // A later rebuild copies this table aside and back as it is now, not as it was.
            now.put(key(before.name()), desired.table(model.name()).orElseThrow());
        }
        for (TableShape table : dropped) {
            losses.add("table " + table.name() + " would be dropped with all its rows");
            statements.add("DROP TABLE " + DdlWriter.quote(table.name()));
            changes.add("drop_" + table.name());
        }
        createIndexes(currentIndexes, rebuilt);
        return new MigrationPlan(List.copyOf(statements), List.copyOf(changes), List.copyOf(losses));
    }

    private void renameTables(Map<String, TableShape> now, List<IndexShape> indexes) {
        for (TableModel table : desiredModel.tables()) {
            String from = table.renamedFrom();
            if (from == null || now.containsKey(key(table.name())) || !now.containsKey(key(from))) {
                continue;
            }
            TableShape old = Objects.requireNonNull(now.remove(key(from)), "checked above");
            statements.add(
                    "ALTER TABLE " + DdlWriter.quote(old.name()) + " RENAME TO " + DdlWriter.quote(table.name()));
            changes.add("rename_" + old.name() + "_to_" + table.name());
            now.put(key(table.name()), old.withName(table.name()));
            // SQLite (legacy_alter_table off, as on D1) rewrote every foreign key to the renamed table; so must the
            // shapes, or a later rebuild of it finds no referring rows and its DROP cascades.
            now.replaceAll((k, t) -> t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.table().equalsIgnoreCase(from)
                            ? new ForeignKeyShape(
                                    fk.column(), table.name(), fk.toColumn(), fk.onDelete(), fk.onUpdate())
                            : fk)
                    .toList()));
            indexes.replaceAll(i -> i.table().equalsIgnoreCase(from)
                    ? new IndexShape(i.name(), table.name(), i.unique(), i.columns(), i.where(), i.sql())
                    : i);
        }
    }

    /** Changes ALTER TABLE can make: column renames, added columns SQLite accepts, plain dropped columns. */
    private boolean alterInPlace(TableShape before, TableModel model) {
        TableShape after = desired.table(model.name()).orElseThrow();
        Map<String, String> renames = columnRenames(before, model);
        List<ColumnShape> renamed = before.columns().stream()
                .map(c -> {
                    String newName = renames.get(key(c.name()));
                    return newName == null ? c : c.renamed(newName);
                })
                .toList();
        List<ColumnShape> added = after.columns().stream()
                .filter(c -> find(renamed, c.name()).isEmpty())
                .toList();
        List<ColumnShape> removed =
                renamed.stream().filter(c -> after.column(c.name()).isEmpty()).toList();
        recordColumnLosses(model, added, removed, renamed, after);
        boolean tableSame = before.uniques().equals(after.uniques())
                && before.checks().equals(after.checks())
                && before.strict() == after.strict()
                && before.withoutRowid() == after.withoutRowid()
                && before.autoIncrement() == after.autoIncrement()
                && sameForeignKeys(before, after, renames);
        boolean columnsSame = after.columns().stream()
                .filter(c -> find(renamed, c.name()).isPresent())
                .allMatch(c -> find(renamed, c.name()).get().equals(c));
        boolean addable = added.stream().allMatch(c -> addable(c, model));
        boolean droppable = removed.stream().allMatch(c -> droppable(c, before));
        if (!(tableSame && columnsSame && addable && droppable)) {
            return false;
        }
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String old = before.column(rename.getKey()).orElseThrow().name();
            statements.add("ALTER TABLE " + DdlWriter.quote(model.name()) + " RENAME COLUMN " + DdlWriter.quote(old)
                    + " TO " + DdlWriter.quote(rename.getValue()));
            changes.add("rename_" + model.name() + "_" + old + "_to_" + rename.getValue());
        }
        for (ColumnShape column : added) {
            ColumnModel columnModel = model.column(column.name()).orElseThrow();
            statements.add("ALTER TABLE " + DdlWriter.quote(model.name()) + " ADD COLUMN "
                    + DdlWriter.columnDefinition(columnModel));
            changes.add("add_" + model.name() + "_" + column.name());
        }
        for (ColumnShape column : removed) {
            statements.add(
                    "ALTER TABLE " + DdlWriter.quote(model.name()) + " DROP COLUMN " + DdlWriter.quote(column.name()));
            changes.add("drop_" + model.name() + "_" + column.name());
        }
        return true;
    }

    private void recordColumnLosses(
            TableModel model,
            List<ColumnShape> added,
            List<ColumnShape> removed,
            List<ColumnShape> renamed,
            TableShape after) {
        if (!removed.isEmpty() && !added.isEmpty()) {
            losses.add("table " + model.name() + ": columns " + names(removed) + " would be dropped and " + names(added)
                    + " added; if a column was renamed, annotate its component with @RenamedFrom(\"old_name\")");
        } else if (!removed.isEmpty()) {
            losses.add("table " + model.name() + ": columns " + names(removed) + " would be dropped with their values");
        }
        for (ColumnShape column : added) {
            if (column.notNull() && column.defaultSql() == null && column.hidden() == 0) {
                losses.add("table " + model.name() + ": new column " + column.name()
                        + " is NOT NULL without a default, so "
                        + "existing rows cannot be kept: give it a @Default or make it @Nullable");
            }
        }
        for (ColumnShape wanted : after.columns()) {
            Optional<ColumnShape> had = find(renamed, wanted.name());
            if (had.isEmpty()) {
                continue;
            }
            if (!had.get().type().equals(wanted.type())) {
                losses.add("table " + model.name() + ": column " + wanted.name() + " changes type from "
                        + had.get().type() + " to " + wanted.type() + ", which may not keep every value");
            }
            if (!had.get().notNull() && wanted.notNull()) {
                losses.add("table " + model.name() + ": column " + wanted.name()
                        + " becomes NOT NULL, so rows holding NULL " + "there would make the migration fail");
            }
        }
    }

    /** What SQLite's ALTER TABLE ADD COLUMN accepts. */
    private static boolean addable(ColumnShape column, TableModel model) {
        ColumnModel m = model.column(column.name()).orElseThrow();
        if (column.pkPosition() > 0 || column.unique() || column.hidden() == 3) {
            return false;
        }
        if (m.references() != null && column.defaultSql() != null) {
            return false;
        }
        if (column.notNull() && column.defaultSql() == null && column.hidden() == 0) {
            return false;
        }
        return column.defaultSql() == null
                || CONSTANT.matcher(column.defaultSql().trim()).matches();
    }

    /** What ALTER TABLE DROP COLUMN can drop without touching keys, indexes or references. */
    private boolean droppable(ColumnShape column, TableShape table) {
        boolean indexed = current.indexesOf(table.name()).stream()
                .anyMatch(i ->
                        i.columns().stream().anyMatch(c -> column.name().equalsIgnoreCase(c)) || i.where() != null);
        boolean referenced =
                table.foreignKeys().stream().anyMatch(fk -> fk.column().equalsIgnoreCase(column.name()))
                        || current.tables().stream()
                                .flatMap(t -> t.foreignKeys().stream())
                                .anyMatch(fk -> fk.table().equalsIgnoreCase(table.name())
                                        && column.name().equalsIgnoreCase(fk.toColumn()));
        return column.pkPosition() == 0
                && !column.unique()
                && !indexed
                && !referenced
                && column.check() == null
                && table.checks().isEmpty()
                && table.columns().stream().noneMatch(c -> c.generated() != null);
    }

    private Map<String, String> columnRenames(TableShape before, TableModel model) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (ColumnModel column : model.columns()) {
            String from = column.renamedFrom();
            if (from != null
                    && before.column(column.name()).isEmpty()
                    && before.column(from).isPresent()) {
                renames.put(key(from), column.name());
            }
        }
        return renames;
    }

    private boolean sameForeignKeys(TableShape before, TableShape after, Map<String, String> renames) {
        List<ForeignKeyShape> renamed = before.foreignKeys().stream()
                .map(fk -> new ForeignKeyShape(
                        renames.getOrDefault(fk.column(), fk.column()).toLowerCase(Locale.ROOT),
                        fk.table(),
                        fk.toColumn(),
                        fk.onDelete(),
                        fk.onUpdate()))
                .sorted(java.util.Comparator.comparing(ForeignKeyShape::column))
                .toList();
        return renamed.equals(after.foreignKeys());
    }

    /**
     * Rebuilds a table into its new shape, keeping the rows of every table that refers to it.
     */
    private void rebuild(TableShape before, TableModel model, Map<String, TableShape> now) {
        if (!deferred) {
            statements.add("PRAGMA defer_foreign_keys = on");
            deferred = true;
        }
        List<TableShape> referrers = referrers(before.name(), now);
        for (TableShape referrer : referrers) {
            statements.add("CREATE TABLE " + saved(referrer) + " AS SELECT * FROM " + DdlWriter.quote(referrer.name()));
        }
        for (int i = referrers.size() - 1; i >= 0; i--) {
            statements.add("DELETE FROM " + DdlWriter.quote(referrers.get(i).name()));
        }
        String newName = "__new_" + model.name();
        statements.add(DdlWriter.createTable(model, newName));
        Map<String, String> renames = columnRenames(before, model);
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        TableShape after = desired.table(model.name()).orElseThrow();
        for (ColumnShape column : before.columns()) {
            String target = renames.getOrDefault(key(column.name()), column.name());
            Optional<ColumnShape> wanted = after.column(target);
            if (column.hidden() == 0 && wanted.isPresent() && wanted.get().hidden() == 0) {
                into.add(DdlWriter.quote(wanted.get().name()));
                from.add(DdlWriter.quote(column.name()));
            }
        }
        statements.add("INSERT INTO " + DdlWriter.quote(newName) + " (" + String.join(", ", into) + ") SELECT "
                + String.join(", ", from) + " FROM " + DdlWriter.quote(before.name()));
        if (before.autoIncrement() && after.autoIncrement()) {
            // The new table's sequence would restart at the highest key left; carry the old one so no key is reused.
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + literal(newName));
            statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(newName)
                    + ", seq FROM sqlite_sequence WHERE name = " + literal(before.name()));
        }
        statements.add("DROP TABLE " + DdlWriter.quote(before.name()));
        statements.add("ALTER TABLE " + DdlWriter.quote(newName) + " RENAME TO " + DdlWriter.quote(model.name()));
        for (IndexModel index : model.indexes()) {
            statements.add(DdlWriter.createIndex(model.name(), index));
        }
        for (TableShape referrer : referrers) {
            String columns = String.join(
                    ", ",
                    referrer.writableColumns().stream().map(DdlWriter::quote).toList());
            statements.add("INSERT INTO " + DdlWriter.quote(referrer.name()) + " (" + columns + ") SELECT " + columns
                    + " FROM " + saved(referrer));
            statements.add("DROP TABLE " + saved(referrer));
        }
        changes.add("rebuild_" + model.name());
    }

    /**
     * The tables that refer to {@code table}, directly or through others, shallowest first (a table reached by
     * several paths is placed at its deepest).
     */
    private static List<TableShape> referrers(String table, Map<String, TableShape> now) {
        Map<String, Integer> depth = new HashMap<>();
        List<String> frontier = List.of(key(table));
        for (int level = 1; !frontier.isEmpty() && level <= now.size(); level++) {
            List<String> next = new ArrayList<>();
            List<String> parents = frontier;
            for (TableShape candidate : now.values()) {
                String name = key(candidate.name());
                if (name.equals(key(table))) {
                    continue;
                }
                boolean refers = candidate.foreignKeys().stream()
                        .anyMatch(fk -> parents.contains(key(fk.table()))
                                && !key(fk.table()).equals(name));
                if (refers) {
                    depth.put(name, level);
                    next.add(name);
                }
            }
            frontier = next;
        }
        return now.values().stream()
                .filter(t -> depth.containsKey(key(t.name())))
                .sorted(java.util.Comparator.comparingInt((TableShape t) -> depth.get(key(t.name())))
                        .thenComparing(TableShape::name))
                .toList();
    }

    private void dropRemovedIndexes(List<IndexShape> currentIndexes) {
        for (IndexShape index : List.copyOf(currentIndexes)) {
            Optional<IndexShape> wanted = desired.indexes().stream()
                    .filter(i -> i.name().equalsIgnoreCase(index.name()))
                    .findFirst();
            boolean tableGone = desiredModel.table(index.table()).isEmpty();
            if (tableGone) {
                currentIndexes.remove(index);
                continue;
            }
            if (wanted.isEmpty() || !wanted.get().sameAs(index)) {
                statements.add("DROP INDEX " + DdlWriter.quote(index.name()));
                changes.add("drop_index_" + index.name());
                currentIndexes.remove(index);
            }
        }
    }

    private void createIndexes(List<IndexShape> currentIndexes, List<String> rebuilt) {
        for (TableModel table : desiredModel.tables()) {
            if (rebuilt.contains(key(table.name()))) {
                continue;
            }
            for (IndexModel index : table.indexes()) {
                boolean exists = currentIndexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(index.name()));
                if (!exists) {
                    statements.add(DdlWriter.createIndex(table.name(), index));
                    changes.add("create_index_" + index.name());
                }
            }
        }
    }

    private boolean sameTable(TableShape before, TableShape after) {
        return before.columns().equals(after.columns())
                && before.uniques().equals(after.uniques())
                && before.checks().equals(after.checks())
                && before.foreignKeys().equals(after.foreignKeys())
                && before.strict() == after.strict()
                && before.withoutRowid() == after.withoutRowid()
                && before.autoIncrement() == after.autoIncrement();
    }

    private static Optional<ColumnShape> find(List<ColumnShape> columns, String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static String saved(TableShape table) {
        return DdlWriter.quote("__sleet_saved_" + table.name());
    }

    private static List<String> names(List<?> items) {
        return items.stream()
                .map(i -> i instanceof TableShape t ? t.name() : ((ColumnShape) i).name())
                .toList();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
