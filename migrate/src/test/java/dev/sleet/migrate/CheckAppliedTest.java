package dev.sleet.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code d1:check} against a database: what it has applied must be what its files build. */
class CheckAppliedTest {

    private static final MigrationGenerator GENERATOR = new MigrationGenerator("d1_migrations");

    @TempDir
    Path dir;

    @Test
    void aDatabaseNeverMigratedHasAppliedNothingAndIsNotAnError() throws IOException {
        Files.writeString(dir.resolve("0001_teams.sql"), "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n");
        try (Database db = Sleet.sqliteInMemory()) {
            assertThat(GENERATOR.checkApplied(db, Migrations.in(dir))).isEmpty();
        }
    }

    @Test
    void anAppliedFileEditedAfterwardsIsReported() throws IOException {
        Path file = dir.resolve("0001_teams.sql");
        Files.writeString(file, "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n");
        try (Database db = Sleet.sqliteInMemory()) {
            new MigrationRunner(db).apply(Migrations.in(dir));
            assertThat(GENERATOR.checkApplied(db, Migrations.in(dir))).isEmpty();

            Files.writeString(file, "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT);\n");

            assertThat(GENERATOR.checkApplied(db, Migrations.in(dir)))
                    .singleElement()
                    .asString()
                    .contains("was an applied file edited?")
                    .contains("teams");
        }
    }
}
