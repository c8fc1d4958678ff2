package dev.sleet.codegen.processor;

import com.palantir.javapoet.ClassName;
import dev.sleet.schemamodel.CheckModel;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ForeignKeyModel;
import dev.sleet.schemamodel.GeneratedModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code @Table} record into a {@link TableSpec}, reporting each mistake as a compile error at the record
 * or component where it is, with a message that says how to fix it.
 */
final class RecordReader {

    static final String TABLE = "dev.sleet.schema.Table";
    private static final String SCHEMA = "dev.sleet.schema.";
    private static final int MAX_COLUMNS = 100;

    private final Elements elements;
    private final Annotations annotations;
    private final TypeMapping typeMapping;
    private final Messager messager;

    RecordReader(Elements elements, Annotations annotations, TypeMapping typeMapping, Messager messager) {
        this.elements = elements;
        this.annotations = annotations;
        this.typeMapping = typeMapping;
        this.messager = messager;
    }

    /** Whether the type is a {@code @Table} record. */
    boolean isTable(TypeElement type) {
        return annotations.find(type, TABLE).isPresent();
    }

    /** The table's name as its {@code @Table} gives it. */
    String tableName(TypeElement type) {
        return annotations.string(annotations.find(type, TABLE).orElseThrow(), "value");
    }

    /** Reads the record; empty when it has mistakes, which are reported. */
    Optional<TableSpec> read(TypeElement record) {
        if (record.getKind() != ElementKind.RECORD) {
            return error(record, "@Table goes on a record: make " + record.getSimpleName() + " a record");
        }
        if (!record.getTypeParameters().isEmpty()) {
            return error(
                    record, "a @Table record cannot have type parameters: remove them from " + record.getSimpleName());
        }
        AnnotationMirror table = annotations.find(record, TABLE).orElseThrow();
        String name = annotations.string(table, "value");
        if (!checkTableName(record, name)) {
            return Optional.empty();
        }
        boolean ok = true;
        List<TableSpec.ColumnSpec> columns = new ArrayList<>();
        Set<String> columnNames = new HashSet<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            try {
                TableSpec.ColumnSpec column = column(component);
                if (!columnNames.add(column.model().name().toLowerCase(Locale.ROOT))) {
                    ok = report(
                            component,
                            "column " + column.model().name() + " appears twice in table " + name
                                    + " (SQLite names are case-insensitive): rename one with @Column");
                }
                columns.add(column);
            } catch (InvalidSchemaException e) {
                ok = report(component, e.getMessage());
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        Set<String> fields = new HashSet<>(Set.of(Names.constant(name)));
        for (TableSpec.ColumnSpec column : columns) {
            if (!fields.add(column.field())) {
                ok = report(
                        column.component(),
                        "the table class would have two fields named " + column.field()
                                + " (the table's singleton, or another component's column): rename the component");
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            TableModel model = tableModel(record, table, name, columns);
            String simpleName = record.getSimpleName().toString();
            ClassName tableClass = ClassName.get(
                    elements.getPackageOf(record).getQualifiedName().toString(), Names.tableClass(name, simpleName));
            return Optional.of(new TableSpec(model, record, tableClass, List.copyOf(columns)));
        } catch (InvalidSchemaException e) {
            return error(record, e.getMessage());
        }
    }

    private boolean checkTableName(TypeElement record, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isBlank()) {
            return report(record, "@Table needs a table name: @Table(\"users\")");
        }
        if (lower.startsWith("sqlite_") || lower.startsWith("_cf_") || lower.equals("d1_migrations")) {
            return report(
                    record,
                    "table name " + name + " is reserved (sqlite_ and _cf_ names belong to SQLite and D1, "
                            + "d1_migrations to migrations): choose another name");
        }
        return true;
    }

    private TableModel tableModel(
            TypeElement record, AnnotationMirror table, String name, List<TableSpec.ColumnSpec> columns) {
        if (columns.isEmpty()) {
            throw new InvalidSchemaException("table " + name + " has no columns: add components to the record");
        }
        if (columns.size() > MAX_COLUMNS) {
            throw new InvalidSchemaException("table " + name + " has " + columns.size() + " columns; D1 allows at most "
                    + MAX_COLUMNS + ": split it into two tables");
        }
        List<ColumnModel> models =
                columns.stream().map(TableSpec.ColumnSpec::model).toList();
        List<String> primaryKey =
                resolve(columns, annotations.strings(table, "primaryKey"), "@Table(primaryKey)", name);
        long markedKeys = models.stream().filter(ColumnModel::primaryKey).count();
        if (markedKeys > 1) {
            throw new InvalidSchemaException("table " + name + " marks " + markedKeys
                    + " components @PrimaryKey: declare " + "a composite key with @Table(primaryKey = {...}) instead");
        }
        if (markedKeys == 1 && !primaryKey.isEmpty()) {
            throw new InvalidSchemaException(
                    "table " + name + " has both @PrimaryKey and @Table(primaryKey): keep one");
        }
        boolean withoutRowid = annotations.bool(table, "withoutRowid");
        if (withoutRowid && markedKeys == 0 && primaryKey.isEmpty()) {
            throw new InvalidSchemaException("a WITHOUT ROWID table needs a primary key: add @PrimaryKey or "
                    + "@Table(primaryKey = {...}) to " + name);
        }
        if (withoutRowid && models.stream().anyMatch(ColumnModel::autoIncrement)) {
            throw new InvalidSchemaException("AUTOINCREMENT needs a rowid: table " + name + " is WITHOUT ROWID");
        }
        List<List<String>> uniques = new ArrayList<>();
        for (AnnotationMirror unique : annotations.findAll(record, SCHEMA + "Unique", SCHEMA + "Unique.List")) {
            uniques.add(resolve(columns, annotations.strings(unique, "columns"), "@Unique(columns)", name));
        }
        List<CheckModel> checks = new ArrayList<>();
        for (AnnotationMirror check : annotations.findAll(record, SCHEMA + "Check", SCHEMA + "Check.List")) {
            checks.add(check(check));
        }
        List<IndexModel> indexes = new ArrayList<>();
        for (AnnotationMirror index : annotations.findAll(record, SCHEMA + "Index", SCHEMA + "Index.List")) {
            indexes.add(index(columns, index, name));
        }
        return new TableModel(
                name,
                record.getQualifiedName().toString(),
                ClassName.get(
                                elements.getPackageOf(record).getQualifiedName().toString(),
                                Names.tableClass(name, record.getSimpleName().toString()))
                        .canonicalName(),
                annotations.bool(table, "strict"),
                withoutRowid,
                renamedFrom(record),
                models,
                primaryKey,
                List.copyOf(uniques),
                List.copyOf(checks),
                List.copyOf(indexes));
    }

    private IndexModel index(List<TableSpec.ColumnSpec> columns, AnnotationMirror index, String table) {
        List<String> indexed = resolve(columns, annotations.strings(index, "columns"), "@Index(columns)", table);
        if (indexed.isEmpty()) {
            throw new InvalidSchemaException("@Index on " + table + " needs columns: @Index(columns = \"device_id\")");
        }
        boolean unique = annotations.bool(index, "unique");
        String name = annotations.string(index, "name");
        if (name.isEmpty()) {
            name = table + "_" + String.join("_", indexed) + (unique ? "_unique" : "_idx");
        }
        String where = annotations.string(index, "where");
        return new IndexModel(name, indexed, unique, where.isBlank() ? null : where);
    }

    /** Column names from names that may be column or component names; unknown ones are a mistake. */
    private static List<String> resolve(
            List<TableSpec.ColumnSpec> columns, List<String> names, String where, String table) {
        List<String> resolved = new ArrayList<>();
        for (String name : names) {
            Optional<String> column = columns.stream()
                    .filter(c -> c.model().name().equals(name)
                            || c.model().component().equals(name))
                    .map(c -> c.model().name())
                    .findFirst();
            if (column.isEmpty()) {
                throw new InvalidSchemaException(
                        where + " names " + name + ", which is not a column of " + table + "; its columns are "
                                + columns.stream().map(c -> c.model().name()).toList());
            }
            resolved.add(column.get());
        }
        return List.copyOf(resolved);
    }

    private TableSpec.ColumnSpec column(RecordComponentElement component) {
        String componentName = component.getSimpleName().toString();
        String name = annotations
                .find(component, SCHEMA + "Column")
                .map(c -> annotations.string(c, "value"))
                .orElse(Names.snakeCase(componentName));
        if (name.isBlank()) {
            throw new InvalidSchemaException("@Column needs a name");
        }
        TypeMirror type = component.asType();
        MappedType mapped = typeMapping.map(component, type);
        boolean nullable = !type.getKind().isPrimitive() && isNullable(component);
        Optional<AnnotationMirror> primaryKey = annotations.find(component, SCHEMA + "PrimaryKey");
        boolean autoIncrement =
                primaryKey.map(pk -> annotations.bool(pk, "autoIncrement")).orElse(false);
        if (autoIncrement && !mapped.storage().equals("INTEGER")) {
            throw new InvalidSchemaException(
                    "AUTOINCREMENT needs an integer key; " + componentName + " is " + mapped.storage());
        }
        Optional<AnnotationMirror> unique = annotations.find(component, SCHEMA + "Unique");
        if (unique.isPresent() && !annotations.strings(unique.get(), "columns").isEmpty()) {
            throw new InvalidSchemaException(
                    "@Unique(columns = ...) goes on the record; on a component, write @Unique");
        }
        String defaultSql = annotations
                .find(component, SCHEMA + "Default")
                .map(d -> annotations.string(d, "value"))
                .orElse(null);
        if (defaultSql != null && !nullable && defaultSql.trim().equalsIgnoreCase("null")) {
            throw new InvalidSchemaException(
                    name + " is NOT NULL but its default is NULL: give it another default, or " + "make it @Nullable");
        }
        if (defaultSql != null && defaultSql.isBlank()) {
            throw new InvalidSchemaException("@Default needs an SQL expression, such as \"0\" or \"'free'\"");
        }
        GeneratedModel generated = annotations
                .find(component, SCHEMA + "GeneratedColumn")
                .map(g -> new GeneratedModel(annotations.string(g, "value"), annotations.bool(g, "stored")))
                .orElse(null);
        if (generated != null && (defaultSql != null || primaryKey.isPresent())) {
            throw new InvalidSchemaException(
                    "a generated column cannot have a default or be the primary key: " + componentName);
        }
        CheckModel check =
                annotations.find(component, SCHEMA + "Check").map(this::check).orElse(null);
        ColumnModel model = new ColumnModel(
                name,
                componentName,
                com.palantir.javapoet.TypeName.get(type).withoutAnnotations().toString(),
                mapped.storage(),
                nullable,
                primaryKey.isPresent(),
                autoIncrement,
                unique.isPresent(),
                defaultSql,
                check,
                generated,
                foreignKey(component),
                renamedFrom(component));
        return new TableSpec.ColumnSpec(model, component, mapped, Names.constant(Names.snakeCase(componentName)));
    }

    private CheckModel check(AnnotationMirror check) {
        String checkName = annotations.string(check, "name");
        return new CheckModel(checkName.isEmpty() ? null : checkName, annotations.string(check, "value"));
    }

    /** The foreign key as written; the referenced column is resolved (and checked) once every table is known. */
    private @Nullable ForeignKeyModel foreignKey(RecordComponentElement component) {
        Optional<AnnotationMirror> references = annotations.find(component, SCHEMA + "References");
        if (references.isEmpty()) {
            return null;
        }
        TypeElement targetRecord =
                (TypeElement) annotations.type(references.get(), "value").asElement();
        if (!isTable(targetRecord)) {
            throw new InvalidSchemaException("@References(" + targetRecord.getSimpleName()
                    + ".class) must name a @Table " + "record; " + targetRecord.getQualifiedName() + " is not one");
        }
        return new ForeignKeyModel(
                tableName(targetRecord),
                annotations.string(references.get(), "column"),
                annotations.enumName(references.get(), "onDelete").replace('_', ' '),
                annotations.enumName(references.get(), "onUpdate").replace('_', ' '));
    }

    private @Nullable String renamedFrom(Element element) {
        return annotations
                .find(element, SCHEMA + "RenamedFrom")
                .map(r -> annotations.string(r, "value"))
                .orElse(null);
    }

    /** Any annotation named Nullable on the component, its accessor, or its type, counts. */
    private static boolean isNullable(RecordComponentElement component) {
        return Annotations.hasSimpleName(component.getAnnotationMirrors(), "Nullable")
                || Annotations.hasSimpleName(component.asType().getAnnotationMirrors(), "Nullable")
                || (component.getAccessor() != null
                        && Annotations.hasSimpleName(component.getAccessor().getAnnotationMirrors(), "Nullable"));
    }

    private <T> Optional<T> error(Element element, String message) {
        report(element, message);
        return Optional.empty();
    }

    private boolean report(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, Annotations.position(element));
        return false;
    }
}
