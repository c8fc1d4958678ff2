package dev.sleet.maven;

import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn d1:migrate}: applies the migration files a database has not applied, in wrangler's order, each file
 * atomically with its row in wrangler's tracking table. Target: {@code -Dd1.databaseFile=<sqlite file>} or
 * {@code -Dd1.local=true} (wrangler's local D1).
 */
@Mojo(name = "migrate", threadSafe = true, requiresProject = true)
public final class MigrateMojo extends D1Mojo {

    @Override
    protected void run() throws MojoFailureException {
        try (Database db = requireTarget()) {
            List<String> applied = new MigrationRunner(db, trackingTable())
                    .apply(Migrations.in(migrationsFolder()), name -> getLog().info("Applied " + name));
            if (applied.isEmpty()) {
                getLog().info("Nothing to apply: the database is up to date");
            }
        }
    }
}
