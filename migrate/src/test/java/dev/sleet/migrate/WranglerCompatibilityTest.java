package dev.sleet.migrate;

import static dev.sleet.migrate.Schemas.column;
import static dev.sleet.migrate.Schemas.schema;
import static dev.sleet.migrate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.MigrationStatus;
import dev.sleet.migrations.Migrations;
import dev.sleet.result.Row;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import dev.sleet.testkit.LocalD1;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sleet's migration files and wrangler take turns: every file {@link MigrationGenerator} writes is applied unchanged
 * by {@code wrangler d1 migrations apply --local} and by Sleet's {@link MigrationRunner}, and the two must build the
 * same schema and record the same names; a database wrangler started can be continued by Sleet and then by wrangler
 * again, each seeing the other's records in {@code d1_migrations}.
 *
 * <p>Wrangler's database file is read between wrangler calls with {@link Sleet#sqlite(Path)}, which costs nothing;
 * each wrangler call costs a second or two, so the tests make few.
 */
class WranglerCompatibilityTest {

    private static final String TABLE = LocalD1.MIGRATIONS_TABLE;

    private static final MigrationGenerator GENERATOR = new MigrationGenerator(TABLE);

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    /** What wrangler's {@code CREATE TABLE IF NOT EXISTS d1_migrations(...)} gives, column by column. */
    private static final List<Map<String, String>> WRANGLERS_TRACKING_COLUMNS = List.of(
            Map.of("cid", "0", "name", "id", "type", "INTEGER", "notnull", "0", "dflt_value", "null", "pk", "1"),
            Map.of("cid", "1", "name", "name", "type", "TEXT", "notnull", "0", "dflt_value", "null", "pk", "0"),
            Map.of(
                    "cid",
                    "2",
                    "name",
                    "applied_at",
                    "type",
                    "TIMESTAMP",
                    "notnull",
                    "1",
                    "dflt_value",
                    "CURRENT_TIMESTAMP",
                    "pk",
                    "0"));

    private static final String ROWS = """
      INSERT INTO parents (id, name) VALUES (7, 'ada'), (42, 'brian'), (99, 'carol');
      INSERT INTO children (id, parent_id) VALUES (101, 7), (102, 7), (103, 42), (104, 99);
      INSERT INTO grandchildren (id, child_id) VALUES (1001, 101), (1002, 103);
      INSERT INTO guardians (id, parent_id) VALUES (1, 7), (2, 42), (3, NULL);
      INSERT INTO wards (id, parent_id) VALUES (1, 7), (2, 99)
      """;

    /** Every table's rows as JSON text, by key, read with {@code SELECT *} so that it holds across the versions. */
    private static final String ROWS_AS_JSON = """
      SELECT
        (SELECT json_group_array(json_array(id, name)) FROM (SELECT * FROM parents ORDER BY id)) AS parents,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM children ORDER BY id)) AS children,
        (SELECT json_group_array(json_array(id, child_id)) FROM (SELECT * FROM grandchildren ORDER BY id))
          AS grandchildren,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM guardians ORDER BY id)) AS guardians,
        (SELECT count(*) FROM wards) AS wards,
        (SELECT json_group_array(json_array(id, name)) FROM (SELECT * FROM d1_migrations ORDER BY id)) AS migrations
      """;

    @TempDir
    Path dir;

    /**
     * Five versions of one schema: (1) tables with foreign keys under CASCADE, SET NULL and RESTRICT, a second
     * generation and indexes; (2) added columns; (3) a rebuild of the parent; (4) columns renamed with
     * {@code renamedFrom}, one of them a foreign key; (5) new indexes.
     */
    static SchemaModel version(int v) {
        var parents = table("parents").with(column("id", "INTEGER").primaryKey());
        var name = column("name", "TEXT");
        if (v >= 3) {
            name.nullable(); // relaxing NOT NULL takes a rebuild
        }
        parents.with(name);
        if (v == 2 || v == 3) {
            parents.with(column("email", "TEXT").nullable());
        } else if (v >= 4) {
            parents.with(column("contact", "TEXT").nullable().renamedFrom("email"));
        }
        parents.index("parents_name", "name");
        if (v >= 5) {
            parents.index("parents_contact", "contact");
        }

        var children = table("children")
                .with(column("id", "INTEGER").primaryKey())
                .with(column("parent_id", "INTEGER").references("parents", "id", "CASCADE"));
        if (v >= 2) {
            children.with(column("nickname", "TEXT").defaultSql("'kid'"));
        }
        children.index("children_parent", "parent_id");

        var wards = table("wards").with(column("id", "INTEGER").primaryKey());
        if (v < 4) {
            wards.with(column("parent_id", "INTEGER").references("parents", "id", "RESTRICT"));
        } else {
            wards.with(column("parent_ref", "INTEGER")
                    .references("parents", "id", "RESTRICT")
                    .renamedFrom("parent_id"));
        }
        if (v >= 5) {
            wards.uniqueIndex("wards_parent_ref", "parent_ref");
        }

        return schema(
                parents.build(),
                children.build(),
                table("grandchildren")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("child_id", "INTEGER").references("children", "id", "CASCADE"))
                        .index("grandchildren_child", "child_id")
                        .build(),
                table("guardians")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").nullable().references("parents", "id", "SET NULL"))
                        .build(),
                wards.build());
    }

    /** The change each version's file must make, as the generator names it. */
    private static final List<String> CHANGES = List.of(
            "create_parents",
            "add_parents_email",
            "rebuild_parents",
            "rename_parents_email_to_contact",
            "create_index_parents_contact");

    @Test
    void wranglerAndSleetApplyTheSameFilesToTheSameSchema() throws Exception {
        LocalD1 d1 = LocalD1.create(dir.resolve("d1"));
        List<String> written = new ArrayList<>();
        try (Database embedded = Sleet.sqlite(dir.resolve("embedded.db"))) {
            MigrationRunner runner = new MigrationRunner(embedded);
            for (int v = 1; v <= 5; v++) {
                SchemaModel schema = version(v);
                Path file = GENERATOR
                        .generate(d1.migrationsDir(), schema, null, false, NOW)
                        .orElseThrow();
                String name = file.getFileName().toString();
                written.add(name);
                String text = Files.readString(file);
                assertThat(text).as("version %d", v).contains(CHANGES.get(v - 1));
                assertThat(name).startsWith(String.format("%04d_", v));

                d1.applyMigrations();
                assertThat(runner.apply(Migrations.in(d1.migrationsDir())))
                        .as("version %d", v)
                        .containsExactly(name);
                assertThat(file).as("files are applied as written").hasContent(text);

                SchemaShape sleets = new Introspector(embedded, TABLE).read();
                int version = v;
                onWranglersFile(d1, local -> {
                    assertThat(new Introspector(local, TABLE).read())
                            .as("version %d", version)
                            .isEqualTo(sleets);
                    assertThat(names(local)).isEqualTo(names(embedded)).isEqualTo(written);
                    assertThat(GENERATOR.checkApplied(local, Migrations.in(d1.migrationsDir())))
                            .isEmpty();
                    // D1's own tables are there, and left out of the comparison.
                    assertThat(local.prepare(
                                            "SELECT count(*) AS n FROM sqlite_master WHERE name LIKE '\\_cf\\_%' ESCAPE '\\'")
                                    .first("n", Long.class))
                            .hasValueSatisfying(n -> assertThat(n).isPositive());
                    return null;
                });
                assertThat(GENERATOR.check(Migrations.in(d1.migrationsDir()), schema))
                        .isEmpty();

                if (v == 1) {
                    d1.query(ROWS);
                    embedded.exec(ROWS);
                }
            }
            // The rows went through the rebuild and the renames alike on both engines, and so did the records.
            Map<String, String> local = strings(d1.query(ROWS_AS_JSON).get(0));
            Map<String, String> sleets =
                    strings(embedded.prepare(ROWS_AS_JSON).first().orElseThrow().toMap());
            assertThat(local).isEqualTo(sleets);
            assertThat(local)
                    .containsEntry("parents", "[[7,\"ada\"],[42,\"brian\"],[99,\"carol\"]]")
                    .containsEntry("children", "[[101,7],[102,7],[103,42],[104,99]]")
                    .containsEntry("grandchildren", "[[1001,101],[1002,103]]")
                    .containsEntry("guardians", "[[1,7],[2,42],[3,null]]")
                    .containsEntry("wards", "2");
            assertThat(local.get("migrations")).isEqualTo(recordsJson(written));
        }
    }

    @Test
    void aDatabaseWranglerStartedContinuesUnderSleetAndBackUnderWrangler() throws Exception {
        LocalD1 d1 = LocalD1.create(dir.resolve("d1"));
        Path migrations = d1.migrationsDir();
        String first = name(
                GENERATOR.generate(migrations, version(1), null, false, NOW).orElseThrow());
        String second = name(
                GENERATOR.generate(migrations, version(2), null, false, NOW).orElseThrow());
        d1.applyMigrations();
        d1.query(ROWS);

        // Sleet continues on wrangler's own file: it sees wrangler's records and applies only the new file.
        String third = name(
                GENERATOR.generate(migrations, version(3), null, false, NOW).orElseThrow());
        try (Database local = Sleet.sqlite(d1.sqliteFile())) {
            MigrationRunner runner = new MigrationRunner(local);
            MigrationStatus status = runner.status(Migrations.in(migrations));
            assertThat(status.applied())
                    .extracting(MigrationStatus.Applied::name)
                    .containsExactly(first, second);
            assertThat(status.pending()).extracting(f -> f.name()).containsExactly(third);
            assertThat(runner.apply(Migrations.in(migrations))).containsExactly(third);
            assertThat(runner.apply(Migrations.in(migrations))).isEmpty();
        }

        // Wrangler continues after Sleet: it sees Sleet's record and applies only the file after it. Had it applied
        // the third file again, its record would break d1_migrations' UNIQUE name and the whole apply would fail.
        String fourth = name(
                GENERATOR.generate(migrations, version(4), null, false, NOW).orElseThrow());
        d1.applyMigrations();
        Map<String, String> seen = strings(d1.query(ROWS_AS_JSON).get(0));
        assertThat(seen.get("migrations")).isEqualTo(recordsJson(List.of(first, second, third, fourth)));
        assertThat(seen)
                .containsEntry("children", "[[101,7],[102,7],[103,42],[104,99]]")
                .containsEntry("guardians", "[[1,7],[2,42],[3,null]]");

        // The tracking table wrangler created is the one Sleet creates, column for column.
        List<Map<String, String>> wranglers = d1.query("PRAGMA table_info(" + TABLE + ")").stream()
                .map(WranglerCompatibilityTest::strings)
                .toList();
        assertThat(wranglers).isEqualTo(WRANGLERS_TRACKING_COLUMNS);
        try (Database fresh = Sleet.sqlite(dir.resolve("fresh.db"))) {
            new MigrationRunner(fresh).status(new Migrations(List.of()));
            assertThat(tableInfo(fresh)).isEqualTo(WRANGLERS_TRACKING_COLUMNS);
            assertThat(trackingTableKeys(fresh)).containsExactly("AUTOINCREMENT", "UNIQUE name");
        }

        try (Database local = Sleet.sqlite(d1.sqliteFile())) {
            assertThat(tableInfo(local)).isEqualTo(WRANGLERS_TRACKING_COLUMNS);
            assertThat(trackingTableKeys(local)).containsExactly("AUTOINCREMENT", "UNIQUE name");
            // Each file once, in order, with ids 1..4 from one AUTOINCREMENT sequence, stamped alike by both.
            List<Row> records = local.prepare("SELECT id, name, applied_at FROM " + TABLE + " ORDER BY id")
                    .all();
            assertThat(records).extracting(r -> r.getLong("id")).containsExactly(1L, 2L, 3L, 4L);
            assertThat(records).extracting(r -> r.getString("name")).containsExactly(first, second, third, fourth);
            assertThat(records)
                    .extracting(r -> r.getString("applied_at"))
                    .allSatisfy(at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
            assertThat(local.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?")
                            .bind(TABLE)
                            .first("seq", Long.class))
                    .contains(4L);
            MigrationRunner runner = new MigrationRunner(local);
            assertThat(runner.status(Migrations.in(migrations)).pending()).isEmpty();
            assertThat(runner.apply(Migrations.in(migrations))).isEmpty();
            assertThat(GENERATOR.checkApplied(local, Migrations.in(migrations))).isEmpty();
        }
        assertThat(GENERATOR.check(Migrations.in(migrations), version(4))).isEmpty();
    }

    private static <T> T onWranglersFile(LocalD1 d1, Function<Database, T> action) {
        try (Database local = Sleet.sqlite(d1.sqliteFile())) {
            return action.apply(local);
        }
    }

    private static List<String> names(Database db) {
        return db.prepare("SELECT name FROM " + TABLE + " ORDER BY id").all().stream()
                .map(r -> r.getString("name"))
                .toList();
    }

    private static List<Map<String, String>> tableInfo(Database db) {
        return db.prepare("PRAGMA table_info(" + TABLE + ")").all().stream()
                .map(r -> strings(r.toMap()))
                .toList();
    }

    /** AUTOINCREMENT on the key, and a UNIQUE constraint on name: what table_info does not show. */
    private static List<String> trackingTableKeys(Database db) {
        List<String> keys = new ArrayList<>();
        String sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?")
                .bind(TABLE)
                .first("sql", String.class)
                .orElseThrow();
        if (sql.matches("(?is).*\\bid\\s+INTEGER\\s+PRIMARY\\s+KEY\\s+AUTOINCREMENT\\b.*")) {
            keys.add("AUTOINCREMENT");
        }
        for (Row index : db.prepare("PRAGMA index_list(" + TABLE + ")").all()) {
            if (index.getLong("unique") == 1 && "u".equals(index.getString("origin"))) {
                List<String> columns =
                        db.prepare("PRAGMA index_info(" + DdlWriter.quote(index.getString("name")) + ")").all().stream()
                                .map(c -> c.getString("name"))
                                .toList();
                keys.add("UNIQUE " + String.join(", ", columns));
            }
        }
        return keys;
    }

    private static String recordsJson(List<String> names) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            records.add("[" + (i + 1) + ",\"" + names.get(i) + "\"]");
        }
        return "[" + String.join(",", records) + "]";
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    static Map<String, String> strings(Map<String, Object> row) {
        Map<String, String> strings = new LinkedHashMap<>();
        row.forEach((column, value) -> strings.put(column, String.valueOf(value)));
        return strings;
    }
}
