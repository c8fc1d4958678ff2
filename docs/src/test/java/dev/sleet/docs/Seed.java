package dev.sleet.docs;

import static dev.sleet.docs.model.Apps.APPS;
import static dev.sleet.docs.model.Screens.SCREENS;
import static dev.sleet.docs.model.Users.USERS;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.docs.model.App;
import dev.sleet.docs.model.Screen;
import dev.sleet.docs.model.User;
import dev.sleet.migrate.MigrationGenerator;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The database each runnable snippet gets: the guide's schema, migrated the way {@code mvn d1:generate} and
 * {@code d1:migrate} would (the processor's schema descriptor, turned into a migration file by the generator, applied
 * by the runner), and a few rows.
 */
final class Seed {

    private static Migrations migrations;

    private Seed() {}

    /** A fresh in-memory database, migrated and seeded. */
    static Database database() {
        Database db = Sleet.sqliteInMemory();
        try {
            new MigrationRunner(db).apply(migrations());
            db.batch(
                    db.insertInto(USERS)
                            .values(List.of(
                                    new User(
                                            "u1",
                                            "ada@example.com",
                                            "Ada",
                                            "d1",
                                            120,
                                            "pro",
                                            1,
                                            null,
                                            Instant.now(),
                                            false,
                                            true),
                                    new User(
                                            "u2",
                                            "linus@example.com",
                                            "Linus",
                                            "d2",
                                            40,
                                            null,
                                            0,
                                            null,
                                            null,
                                            false,
                                            false))),
                    db.insertInto(APPS).values(new App(null, "u1", "Notes", List.of("productivity"), null)),
                    db.insertInto(SCREENS)
                            .values(new Screen(null, 1L, "u1", 0, "Home", "screens/1/0.png", null, null)));
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The guide's schema as one generated migration, written once per test run. */
    private static synchronized Migrations migrations() {
        if (migrations == null) {
            try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(SchemaDescriptor.PATH)) {
                if (in == null) {
                    throw new IllegalStateException(
                            SchemaDescriptor.PATH + " is not on the class path: did the processor run?");
                }
                String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Path folder = Files.createTempDirectory("sleet-docs-migrations");
                new MigrationGenerator(MigrationRunner.DEFAULT_TABLE)
                        .generate(folder, SchemaDescriptor.read(descriptor), "init", false, Instant.now());
                migrations = Migrations.in(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return migrations;
    }
}
