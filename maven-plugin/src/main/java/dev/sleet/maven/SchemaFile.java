package dev.sleet.maven;

import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/** Reads the schema descriptor the annotation processor wrote into the project's class output. */
final class SchemaFile {

    private SchemaFile() {}

    static SchemaModel read(File outputDirectory) throws MojoFailureException {
        Path file = outputDirectory.toPath().resolve(SchemaDescriptor.PATH);
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("no schema descriptor at " + file + ": add dev.sleet:sleet-codegen as an "
                    + "annotation processor (a provided dependency) and annotate your records with @Table");
        }
        try {
            return SchemaDescriptor.read(Files.readString(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
