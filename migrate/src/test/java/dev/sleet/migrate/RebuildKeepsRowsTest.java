package dev.sleet.migrate;

import static dev.sleet.migrate.Schemas.column;
import static dev.sleet.migrate.Schemas.schema;
import static dev.sleet.migrate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.schemamodel.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildKeepsRowsTest {

    @TempDir
    Path dir;

    private SchemaModel family(boolean parentNameNullable) {
        var name = column("name", "TEXT");
        if (parentNameNullable) {
            name.nullable();
        }
        return schema(
                table("parents")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(name)
                        .build(),
                table("children")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").references("parents", "id", "CASCADE"))
                        .build(),
                table("grandchildren")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("child_id", "INTEGER").references("children", "id", "CASCADE"))
                        .build(),
                table("guardians")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").nullable().references("parents", "id", "SET NULL"))
                        .build(),
                table("wards")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").references("parents", "id", "RESTRICT"))
                        .build(),
                table("tree")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("up", "INTEGER").nullable().references("tree", "id", "CASCADE"))
                        .with(column("label", "TEXT").nullable())
                        .build());
    }

    @Test
    void rebuildingAParentKeepsEveryReferringRow() throws Exception {
        Path migrations = dir.resolve("migrations");
        MigrationGenerator generator = new MigrationGenerator("d1_migrations");
        assertThat(generator.generate(migrations, family(false), "init", false, Instant.now()))
                .isPresent();
        try (Database db = Sleet.sqlite(dir.resolve("app.db"))) {
            MigrationRunner runner = new MigrationRunner(db);
            runner.apply(Migrations.in(migrations));
            db.exec("""
          INSERT INTO parents VALUES (1, 'a'), (2, 'b'), (3, 'c');
          INSERT INTO children VALUES (1, 1), (2, 1), (3, 2), (4, 3);
          INSERT INTO grandchildren VALUES (1, 1), (2, 3);
          INSERT INTO guardians VALUES (1, 1), (2, 2);
          INSERT INTO wards VALUES (1, 1);
          INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b');
          """);

            var rebuild = generator
                    .generate(migrations, family(true), null, false, Instant.now())
                    .orElseThrow();
            assertThat(Files.readString(rebuild)).contains("rebuild_parents");
            runner.apply(Migrations.in(migrations));

            assertThat(count(db, "parents")).isEqualTo(3);
            assertThat(count(db, "children")).isEqualTo(4);
            assertThat(count(db, "grandchildren")).isEqualTo(2);
            assertThat(db.prepare("SELECT count(*) AS n FROM guardians WHERE parent_id IS NOT NULL")
                            .first("n", Long.class))
                    .contains(2L);
            assertThat(count(db, "wards")).isEqualTo(1);
            assertThat(db.prepare("PRAGMA foreign_key_check").all()).isEmpty();
            assertThat(generator.check(Migrations.in(migrations), family(true))).isEmpty();
        }
    }

    private static long count(Database db, String table) {
        return db.prepare("SELECT count(*) AS n FROM " + table)
                .first("n", Long.class)
                .orElseThrow();
    }
}
