package dev.sleet.codegen.processor;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Runs the schema's DDL on an in-memory SQLite that behaves like D1, so an invalid default, check, index condition
 * or generated expression fails the build instead of the migration. A database per check, closed at once, so a
 * long-lived build daemon keeps nothing open.
 */
final class DdlVerifier {

    private final Messager messager;

    DdlVerifier(Messager messager) {
        this.messager = messager;
    }

    /** Whether every table's DDL runs; each failure is reported at its record or component. */
    boolean verify(List<TableSpec> tables) {
        boolean ok = true;
        try (Database db = Sleet.sqliteInMemory()) {
            for (TableSpec table : tables) {
                ok &= run(db, table.record(), DdlWriter.createTable(table.model()));
            }
            for (TableSpec table : tables) {
                for (String index : DdlWriter.create(table.model())
                        .subList(1, table.model().indexes().size() + 1)) {
                    ok &= run(db, table.record(), index);
                }
                for (TableSpec.ColumnSpec column : table.columns()) {
                    ok &= verifyDefault(db, column);
                }
            }
        }
        return ok;
    }

    /** SQLite checks a default's functions only when it is used, so evaluate it once here. */
    private boolean verifyDefault(Database db, TableSpec.ColumnSpec column) {
        ColumnModel model = column.model();
        if (model.defaultSql() == null) {
            return true;
        }
        String sql = "SELECT " + DdlWriter.defaultExpression(model.defaultSql());
        try {
            db.prepare(sql).all();
            return true;
        } catch (D1Exception e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR,
                    "the default of " + model.name() + " does not run on SQLite: " + e.d1Message(),
                    Annotations.position(column.component()));
            return false;
        }
    }

    private boolean run(Database db, Element element, String sql) {
        try {
            db.prepare(sql).run();
            return true;
        } catch (D1Exception e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR,
                    "this table's SQL does not run on SQLite: " + e.d1Message() + "\n" + sql,
                    element);
            return false;
        }
    }
}
