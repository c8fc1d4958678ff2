package dev.sleet.maven;

import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.MigrationStatus;
import dev.sleet.migrations.Migrations;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn d1:status}: lists the migrations a database has applied and the ones it has not. */
@Mojo(name = "status", threadSafe = true, requiresProject = true)
public final class StatusMojo extends D1Mojo {

    @Override
    protected void run() throws MojoFailureException {
        try (Database db = requireTarget()) {
            MigrationStatus status = new MigrationRunner(db, trackingTable()).status(Migrations.in(migrationsFolder()));
            getLog().info("Applied (" + status.applied().size() + "):");
            status.applied().forEach(a -> getLog().info("  " + a.name() + "  at " + a.appliedAt()));
            getLog().info("Pending (" + status.pending().size() + "):");
            status.pending().forEach(p -> getLog().info("  " + p.name()));
        }
    }
}
