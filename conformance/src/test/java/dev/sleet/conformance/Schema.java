package dev.sleet.conformance;

import dev.sleet.d1.Database;
import dev.sleet.schemamodel.ddl.DdlWriter;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The suite's tables ({@code schema/}), created from the descriptor the annotation processor wrote. */
final class Schema {

    private Schema() {}

    /** Creates every table and index of the schema, in one batch. */
    static Database create(Database db) {
        List<String> ddl = SchemaDescriptor.read(descriptor()).tables().stream()
                .flatMap(table -> DdlWriter.create(table).stream())
                .toList();
        db.batch(ddl.stream().map(db::prepare).toList());
        return db;
    }

    private static String descriptor() {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(SchemaDescriptor.PATH)) {
            if (in == null) {
                throw new IllegalStateException(SchemaDescriptor.PATH + " is missing: did Sleet's processor run?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
