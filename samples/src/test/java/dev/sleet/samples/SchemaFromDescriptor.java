package dev.sleet.samples;

import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the schema the annotation processor described for this module's records. */
final class SchemaFromDescriptor {

    private SchemaFromDescriptor() {}

    static SchemaModel read() throws IOException {
        try (InputStream in = SchemaFromDescriptor.class.getClassLoader().getResourceAsStream(SchemaDescriptor.PATH)) {
            if (in == null) {
                throw new IllegalStateException(
                        SchemaDescriptor.PATH + " is not on the class path: did the processor run?");
            }
            return SchemaDescriptor.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
