package dev.sleet.codegen.processor;

import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ForeignKeyModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The checks that need every table at once: unique table, index and class names, and foreign keys that point to a
 * real column of the same type. A foreign key that names no column gets the referenced table's primary key.
 */
final class SchemaChecks {

    private final Messager messager;

    SchemaChecks(Messager messager) {
        this.messager = messager;
    }

    /**
     * Checks the tables and resolves their foreign keys.
     *
     * @return the tables with resolved foreign keys, or empty when a mistake was reported
     */
    Optional<List<TableSpec>> check(List<TableSpec> tables) {
        boolean ok = true;
        Map<String, TableSpec> byName = new HashMap<>();
        Map<String, TableSpec> byClass = new HashMap<>();
        Map<String, String> indexOwners = new HashMap<>();
        for (TableSpec table : tables) {
            String name = table.model().name().toLowerCase(Locale.ROOT);
            TableSpec other = byName.putIfAbsent(name, table);
            if (other != null) {
                ok = report(
                        table.record(),
                        "table " + table.model().name() + " is declared twice: by "
                                + other.record().getQualifiedName() + " and by "
                                + table.record().getQualifiedName());
            }
            TableSpec sameClass = byClass.putIfAbsent(table.tableClass().canonicalName(), table);
            if (sameClass != null) {
                ok = report(
                        table.record(),
                        "the table classes of " + sameClass.record().getSimpleName() + " and "
                                + table.record().getSimpleName() + " would both be "
                                + table.tableClass().canonicalName()
                                + ": move one record to another package or rename one table");
            }
            for (IndexModel index : table.model().indexes()) {
                String owner = indexOwners.putIfAbsent(
                        index.name().toLowerCase(Locale.ROOT), table.model().name());
                if (owner != null) {
                    ok = report(
                            table.record(),
                            "index name " + index.name() + " is used twice (tables " + owner + " and "
                                    + table.model().name()
                                    + "); index names are shared by the whole database: give one a name");
                }
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        List<TableSpec> resolved = new ArrayList<>();
        for (TableSpec table : tables) {
            Optional<TableSpec> withKeys = resolveForeignKeys(table, byName);
            if (withKeys.isEmpty()) {
                ok = false;
            } else {
                resolved.add(withKeys.get());
            }
        }
        return ok ? Optional.of(resolved) : Optional.empty();
    }

    private Optional<TableSpec> resolveForeignKeys(TableSpec table, Map<String, TableSpec> byName) {
        boolean ok = true;
        List<TableSpec.ColumnSpec> columns = new ArrayList<>();
        for (TableSpec.ColumnSpec column : table.columns()) {
            ForeignKeyModel fk = column.model().references();
            if (fk == null) {
                columns.add(column);
                continue;
            }
            TableSpec target = byName.get(fk.table().toLowerCase(Locale.ROOT));
            if (target == null) {
                ok = report(
                        column.component(),
                        "@References points to table " + fk.table() + ", which is not part of "
                                + "this compilation's schema");
                continue;
            }
            String targetColumn = fk.column();
            if (targetColumn.isEmpty()) {
                List<String> key = target.model().primaryKeyColumns();
                if (key.size() != 1) {
                    ok = report(
                            column.component(),
                            "@References(" + target.record().getSimpleName() + ".class) needs "
                                    + "column = \"...\": table " + fk.table() + " has "
                                    + (key.isEmpty() ? "no" : "a composite")
                                    + " primary key");
                    continue;
                }
                targetColumn = key.get(0);
            }
            String wanted = targetColumn;
            Optional<ColumnModel> referenced = target.model().columns().stream()
                    .filter(c -> c.name().equals(wanted) || c.component().equals(wanted))
                    .findFirst();
            if (referenced.isEmpty()) {
                ok = report(
                        column.component(),
                        "@References names column " + wanted + ", which table " + fk.table()
                                + " does not have; its columns are "
                                + target.model().columns().stream()
                                        .map(ColumnModel::name)
                                        .toList());
                continue;
            }
            if (!referenced.get().sqlType().equals(column.model().sqlType())) {
                ok = report(
                        column.component(),
                        column.model().name() + " is " + column.model().sqlType() + " but "
                                + fk.table() + "." + referenced.get().name() + " is "
                                + referenced.get().sqlType()
                                + ": a foreign key must have the type of the column it references");
                continue;
            }
            String setNull =
                    fk.onDelete().equals("SET NULL") ? "DELETE" : fk.onUpdate().equals("SET NULL") ? "UPDATE" : null;
            if (setNull != null && !column.model().nullable()) {
                ok = report(
                        column.component(),
                        column.model().name() + " is NOT NULL, so ON " + setNull + " SET NULL would "
                                + "fail: make it @Nullable or choose another action");
                continue;
            }
            String refName = referenced.get().name();
            TableModel tm = target.model();
            boolean parentKey = tm.primaryKeyColumns().equals(List.of(refName))
                    || referenced.get().unique()
                    || tm.uniques().contains(List.of(refName))
                    || tm.indexes().stream()
                            .anyMatch(i -> i.unique()
                                    && i.where() == null
                                    && i.columns().equals(List.of(refName)));
            if (!parentKey) {
                ok = report(
                        column.component(),
                        "@References names " + fk.table() + "." + refName + ", which is neither its "
                                + "primary key nor UNIQUE: SQLite would refuse every write with \"foreign key mismatch\"");
                continue;
            }
            ColumnModel withKey = column.model()
                    .withReferences(new ForeignKeyModel(
                            target.model().name(), referenced.get().name(), fk.onDelete(), fk.onUpdate()));
            columns.add(new TableSpec.ColumnSpec(withKey, column.component(), column.type(), column.field()));
        }
        if (!ok) {
            return Optional.empty();
        }
        TableModel model = table.model()
                .withColumns(columns.stream().map(TableSpec.ColumnSpec::model).toList());
        return Optional.of(new TableSpec(model, table.record(), table.tableClass(), List.copyOf(columns)));
    }

    private boolean report(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, Annotations.position(element));
        return false;
    }
}
