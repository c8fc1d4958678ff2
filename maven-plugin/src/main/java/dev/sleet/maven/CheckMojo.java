package dev.sleet.maven;

import dev.sleet.d1.Database;
import dev.sleet.migrate.MigrationGenerator;
import dev.sleet.migrations.Migrations;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn d1:check}, for CI: fails the build when the migrations do not build the schema the records declare (a
 * change was not generated), when two files share a number, or, with a target database, when a file it applied was
 * edited afterwards or is gone.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends D1Mojo {

    /** The project's class output, where the schema descriptor is. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    @Override
    protected void run() throws MojoFailureException {
        MigrationGenerator generator = new MigrationGenerator(trackingTable());
        Migrations migrations = Migrations.in(migrationsFolder());
        List<String> problems = new ArrayList<>(generator.check(migrations, SchemaFile.read(outputDirectory)));
        Optional<Database> target = openTarget();
        if (target.isPresent()) {
            try (Database db = target.get()) {
                problems.addAll(generator.checkApplied(db, migrations));
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException(
                    "d1:check found " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        }
        getLog().info("Migrations are consistent: " + migrations.files().size() + " file(s) build the declared schema");
    }
}
