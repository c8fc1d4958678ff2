package dev.sleet.samples;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import java.nio.file.Path;

/** In-memory databases that behave like D1, migrated with this module's {@code migrations/} as the app does it. */
final class MigratedDatabase {

    /** The module's migrations; tests run in the module's folder. */
    static final Path MIGRATIONS = Path.of("migrations");

    private MigratedDatabase() {}

    static Migrations migrations() {
        return Migrations.in(MIGRATIONS);
    }

    static Database open() {
        Database db = Sleet.sqliteInMemory();
        new MigrationRunner(db).apply(migrations());
        return db;
    }
}
