package dev.sleet.codegen.processor;

import com.google.auto.service.AutoService;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Sleet's annotation processor. For each {@code @Table} record it writes a table class; at the end of compilation
 * it checks the whole schema (foreign keys, names), runs its DDL on an in-memory SQLite, and writes the schema
 * descriptor {@code META-INF/sleet/schema.json}. Adding {@code sleet-codegen} as an annotation processor is all a
 * project does.
 *
 * <p>On an incremental compilation that sees only some records, the tables of the earlier descriptor whose records
 * still exist are read again from their classes, so the descriptor always describes the whole schema.
 */
@AutoService(Processor.class)
public final class SchemaProcessor extends AbstractProcessor {

    private Elements elements;
    private Messager messager;
    private Filer filer;
    private RecordReader reader;
    private final Map<String, TableSpec> tables = new LinkedHashMap<>();
    private boolean failed;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        elements = env.getElementUtils();
        messager = env.getMessager();
        filer = env.getFiler();
        Annotations annotations = new Annotations(elements);
        reader = new RecordReader(elements, annotations, new TypeMapping(env.getTypeUtils(), annotations), messager);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Generated: the table classes carry @Generated; unclaimed, javac's -Xlint:processing would warn
        // about it in the round that compiles them.
        return Set.of("dev.sleet.schema.*", "javax.annotation.processing.Generated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    @SuppressWarnings("DoNotClaimAnnotations") // see the comment at the end
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement tableAnnotation = elements.getTypeElement(RecordReader.TABLE);
        if (tableAnnotation != null) {
            for (Element element : round.getElementsAnnotatedWith(tableAnnotation)) {
                TypeElement record = (TypeElement) element;
                Optional<TableSpec> spec = reader.read(record);
                if (spec.isEmpty()) {
                    failed = true;
                    continue;
                }
                tables.put(record.getQualifiedName().toString(), spec.get());
                writeTableClass(spec.get());
            }
        }
        if (round.processingOver() && !failed && !tables.isEmpty()) {
            finish();
        }
        // Sleet's schema annotations are Sleet's alone: claim them, and the @Generated of the table classes, so
        // -Xlint:processing has nothing to say.
        return true;
    }

    private void writeTableClass(TableSpec spec) {
        try {
            TableClassWriter.write(spec, elements.getDocComment(spec.record())).writeTo(filer);
        } catch (IOException e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR, "cannot write " + spec.tableClass() + ": " + e.getMessage(), spec.record());
        }
    }

    private void finish() {
        addTablesFromEarlierCompilation();
        List<TableSpec> all = new ArrayList<>(tables.values());
        Optional<List<TableSpec>> checked = new SchemaChecks(messager).check(all);
        if (checked.isEmpty() || !new DdlVerifier(messager).verify(checked.get())) {
            return;
        }
        SchemaModel schema =
                new SchemaModel(checked.get().stream().map(TableSpec::model).toList());
        try {
            // Every record is an origin of the one descriptor: an incremental build rewrites it when any changes.
            Element[] records = checked.get().stream().map(TableSpec::record).toArray(Element[]::new);
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SchemaDescriptor.PATH, records);
            try (Writer out = file.openWriter()) {
                out.write(SchemaDescriptor.write(schema));
            }
        } catch (IOException e) {
            messager.printMessage(
                    Diagnostic.Kind.ERROR, "cannot write " + SchemaDescriptor.PATH + ": " + e.getMessage());
        }
    }

    /** Tables an incremental compilation did not see, read again from their records if they still exist. */
    private void addTablesFromEarlierCompilation() {
        for (TableModel earlier : readEarlierDescriptor()) {
            if (tables.containsKey(earlier.recordClass())) {
                continue;
            }
            TypeElement record = elements.getTypeElement(earlier.recordClass());
            if (record != null && reader.isTable(record)) {
                reader.read(record)
                        .map(spec -> keepNullability(spec, earlier))
                        .ifPresent(spec -> tables.put(earlier.recordClass(), spec));
            }
        }
    }

    /**
     * javac 17 does not read TYPE_USE annotations (JSpecify's @Nullable) from class files: a record that was not
     * recompiled keeps the nullability the earlier descriptor recorded from its source.
     */
    private static TableSpec keepNullability(TableSpec spec, TableModel earlier) {
        List<TableSpec.ColumnSpec> columns = new ArrayList<>();
        for (TableSpec.ColumnSpec c : spec.columns()) {
            ColumnModel m = c.model();
            boolean nullable = m.nullable()
                    || earlier.column(m.name())
                            .map(e -> e.nullable() && e.javaType().equals(m.javaType()))
                            .orElse(false);
            columns.add(new TableSpec.ColumnSpec(m.withNullable(nullable), c.component(), c.type(), c.field()));
        }
        TableModel model = spec.model()
                .withColumns(columns.stream().map(TableSpec.ColumnSpec::model).toList());
        return new TableSpec(model, spec.record(), spec.tableClass(), List.copyOf(columns));
    }

    private List<TableModel> readEarlierDescriptor() {
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", SchemaDescriptor.PATH);
            String text = new String(file.openInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return SchemaDescriptor.read(text).tables();
        } catch (IOException | IllegalArgumentException e) {
            // No earlier descriptor (a clean build), or an unreadable one: this compilation's tables are the schema.
            return List.of();
        }
    }
}
