package dev.sleet.maven;

import dev.sleet.migrate.MigrationGenerator;
import dev.sleet.migrate.MigrationRefusedException;
import dev.sleet.migrations.MigrationException;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn d1:generate}: compiles the project, compares the schema its {@code @Table} records declare with the
 * schema its migration files build, and writes the next {@code NNNN_name.sql} migration, which
 * {@code wrangler d1 migrations apply} accepts unchanged. Says so and writes nothing when nothing changed.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class GenerateMojo extends D1Mojo {

    /** The project's class output, where the schema descriptor is. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /** The migration's message, as in {@code 0004_add_users_email.sql}; derived from the change when absent. */
    @Parameter(property = "d1.name")
    private String name;

    /** Write a migration even when it drops tables or columns or narrows a column. */
    @Parameter(property = "d1.allowDataLoss", defaultValue = "false")
    private boolean allowDataLoss;

    @Override
    protected void run() throws MojoFailureException {
        Path folder = migrationsFolder();
        try {
            Optional<Path> written = new MigrationGenerator(trackingTable())
                    .generate(folder, SchemaFile.read(outputDirectory), name, allowDataLoss, Instant.now());
            if (written.isEmpty()) {
                getLog().info("No schema change: the migrations in " + folder + " already build the declared schema");
            } else {
                getLog().info("Wrote " + written.get());
            }
        } catch (MigrationRefusedException | MigrationException | IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
