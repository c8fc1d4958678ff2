package dev.sleet.migrate;

import static dev.sleet.migrate.Schemas.column;
import static dev.sleet.migrate.Schemas.schema;
import static dev.sleet.migrate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationException;
import dev.sleet.migrations.MigrationFile;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import dev.sleet.testkit.LocalD1;
import dev.sleet.testkit.LocalD1.WranglerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild row-preservation matrix of {@link RebuildKeepsRowsTest}, on real local D1: Sleet's migration files are
 * applied by {@code wrangler d1 migrations apply --local}, with rows put in by {@code wrangler d1 execute} between
 * the file that creates the tables and the file that rebuilds the parent, and the embedded engine is held to the
 * same results for the same files.
 *
 * <p>Each wrangler call costs a second or two, so every test batches its INSERTs into one call and reads every
 * table's rows back in one SELECT, as JSON text that both engines print alike.
 */
class LocalD1RebuildTest {

    private static final MigrationGenerator GENERATOR = new MigrationGenerator(LocalD1.MIGRATIONS_TABLE);

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    /** Rows over three parents with distinctive keys, so that a renumbered or nulled key shows. */
    private static final String ROWS = """
      INSERT INTO parents (id, name) VALUES (7, 'ada'), (42, 'brian'), (99, 'carol');
      INSERT INTO children (id, parent_id) VALUES (101, 7), (102, 7), (103, 7), (104, 7), (105, 42), (106, 42),
        (107, 42), (108, 99), (109, 99), (110, 99);
      INSERT INTO grandchildren (id, child_id) VALUES (1001, 101), (1002, 101), (1003, 105), (1004, 108), (1005, 110);
      INSERT INTO guardians (id, parent_id) VALUES (1, 7), (2, 42), (3, 99), (4, NULL);
      INSERT INTO wards (id, parent_id) VALUES (1, 7), (2, 99);
      INSERT INTO pals (id, parent_id) VALUES (1, 42), (2, 99);
      INSERT INTO tree (id, up, label) VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'),
        (6, 3, 'b1')
      """;

    /** One SELECT that prints every table's rows, ordered by key, and its count. */
    private static final String STATE = """
      SELECT
        (SELECT json_group_array(json_array(id, name)) FROM (SELECT * FROM parents ORDER BY id)) AS parents,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM children ORDER BY id)) AS children,
        (SELECT json_group_array(json_array(id, child_id)) FROM (SELECT * FROM grandchildren ORDER BY id))
          AS grandchildren,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM guardians ORDER BY id)) AS guardians,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM wards ORDER BY id)) AS wards,
        (SELECT json_group_array(json_array(id, parent_id)) FROM (SELECT * FROM pals ORDER BY id)) AS pals,
        (SELECT json_group_array(json_array(id, up, label)) FROM (SELECT * FROM tree ORDER BY id)) AS tree,
        (SELECT count(*) FROM parents) AS parents_count,
        (SELECT count(*) FROM children) AS children_count,
        (SELECT count(*) FROM grandchildren) AS grandchildren_count,
        (SELECT count(*) FROM guardians WHERE parent_id IS NOT NULL) AS guardians_with_parent,
        (SELECT count(*) FROM wards) AS wards_count,
        (SELECT count(*) FROM pals) AS pals_count,
        (SELECT count(*) FROM tree) AS tree_count,
        (SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_\\_%' ESCAPE '\\') AS leftover_tables
      """;

    private static final Map<String, String> ROWS_AS_INSERTED = state(
            "[[7,\"ada\"],[42,\"brian\"],[99,\"carol\"]]",
            "[[101,7],[102,7],[103,7],[104,7],[105,42],[106,42],[107,42],[108,99],[109,99],[110,99]]",
            "[[1001,101],[1002,101],[1003,105],[1004,108],[1005,110]]",
            "[[1,7],[2,42],[3,99],[4,null]]",
            "[[1,7],[2,99]]",
            "[[1,42],[2,99]]",
            "[[1,null,\"root\"],[2,1,\"a\"],[3,1,\"b\"],[4,2,\"a1\"],[5,2,\"a2\"],[6,3,\"b1\"]]",
            3,
            10,
            5,
            3,
            2,
            2,
            6);

    @TempDir
    Path dir;

    /**
     * Parents referred to under every ON DELETE action, a second generation under CASCADE, and a self-referencing
     * tree. Relaxing a NOT NULL makes the planner rebuild the table.
     */
    static SchemaModel family(boolean parentNameNullable, boolean treeLabelNullable) {
        var name = column("name", "TEXT");
        if (parentNameNullable) {
            name.nullable();
        }
        var label = column("label", "TEXT");
        if (treeLabelNullable) {
            label.nullable();
        }
        return schema(
                table("parents")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(name)
                        .build(),
                table("children")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").references("parents", "id", "CASCADE"))
                        .index("children_parent", "parent_id")
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
                table("pals")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("parent_id", "INTEGER").references("parents", "id", "NO ACTION"))
                        .build(),
                table("tree")
                        .with(column("id", "INTEGER").primaryKey())
                        .with(column("up", "INTEGER").nullable().references("tree", "id", "CASCADE"))
                        .with(label)
                        .build());
    }

    @Test
    void sleetsRebuildKeepsEveryReferringRowOnLocalD1AndTheEmbeddedEngineAgrees() throws Exception {
        LocalD1 d1 = LocalD1.create(dir.resolve("d1"));
        Path create = GENERATOR
                .generate(d1.migrationsDir(), family(false, false), "init", false, NOW)
                .orElseThrow();
        d1.applyMigrations();
        d1.query(ROWS);

        Path rebuild = GENERATOR
                .generate(d1.migrationsDir(), family(true, true), null, false, NOW)
                .orElseThrow();
        String text = Files.readString(rebuild);
        assertThat(text).contains("rebuild_parents", "rebuild_tree", "PRAGMA defer_foreign_keys = on");
        for (String referrer : List.of("children", "grandchildren", "guardians", "wards", "pals")) {
            assertThat(text)
                    .contains("CREATE TABLE \"__sleet_saved_" + referrer + "\" AS SELECT * FROM \"" + referrer + "\"");
        }
        d1.applyMigrations();

        Map<String, String> local = strings(d1.query(STATE).get(0));
        assertThat(local).isEqualTo(ROWS_AS_INSERTED);
        assertThat(d1.query("PRAGMA foreign_key_check")).isEmpty();

        // The embedded engine, given the same files and the same rows at the same point, ends the same.
        try (Database db = Sleet.sqlite(dir.resolve("embedded.db"))) {
            MigrationRunner runner = new MigrationRunner(db);
            runner.apply(new Migrations(List.of(file(create))));
            db.exec(ROWS);
            assertThat(runner.apply(Migrations.in(d1.migrationsDir())))
                    .containsExactly(rebuild.getFileName().toString());
            Map<String, String> embedded =
                    strings(db.prepare(STATE).first().orElseThrow().toMap());
            assertThat(embedded).isEqualTo(local);
            assertThat(db.prepare("PRAGMA foreign_key_check").all()).isEmpty();

            // Both built the declared schema, alike.
            try (Database wranglers = Sleet.sqlite(d1.sqliteFile())) {
                SchemaShape localShape = new Introspector(wranglers, LocalD1.MIGRATIONS_TABLE).read();
                assertThat(localShape).isEqualTo(new Introspector(db, LocalD1.MIGRATIONS_TABLE).read());
                assertThat(GENERATOR.checkApplied(wranglers, Migrations.in(d1.migrationsDir())))
                        .isEmpty();
                assertThat(appliedNames(wranglers))
                        .isEqualTo(appliedNames(db))
                        .containsExactly(
                                create.getFileName().toString(),
                                rebuild.getFileName().toString());
            }
            assertThat(GENERATOR.check(Migrations.in(d1.migrationsDir()), family(true, true)))
                    .isEmpty();
        }
    }

    /**
     * Why Sleet copies referring rows aside: the rebuild D1's documentation suggests (new table, copy, DROP the old,
     * rename, under {@code PRAGMA defer_foreign_keys = on}) is refused while RESTRICT or NO ACTION rows refer to the
     * table, and once they are gone it "succeeds" while the DROP's implicit DELETE cascades through the children and
     * grandchildren and nulls the SET NULL keys. The schema it leaves is exactly the declared one; only the rows are
     * lost.
     */
    @Test
    void naiveRebuildUnderDeferredForeignKeysEmptiesCascadeChildrenOnLocalD1() throws Exception {
        LocalD1 d1 = LocalD1.create(dir.resolve("d1"));
        Path create = GENERATOR
                .generate(d1.migrationsDir(), family(false, false), "init", false, NOW)
                .orElseThrow();
        d1.applyMigrations();
        d1.query(ROWS);

        String naive = "PRAGMA defer_foreign_keys = on;\n"
                + DdlWriter.createTable(family(true, false).table("parents").orElseThrow(), "__new_parents") + ";\n"
                + "INSERT INTO \"__new_parents\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"parents\";\n"
                + "DROP TABLE \"parents\";\n"
                + "ALTER TABLE \"__new_parents\" RENAME TO \"parents\";\n";
        Path naiveFile = d1.migrationsDir().resolve("0002_naive_rebuild_parents.sql");
        Files.writeString(naiveFile, naive);

        // RESTRICT refuses the DROP's implicit DELETE at once; NO ACTION would fail at commit: rolled back whole.
        assertThatThrownBy(d1::applyMigrations)
                .isInstanceOf(WranglerException.class)
                .hasMessageContaining("Migration 0002_naive_rebuild_parents.sql failed")
                .hasMessageContaining("FOREIGN KEY constraint failed");
        // The first statement reads the rows (untouched), the next two clear the tables that refused.
        assertThat(strings(d1.query(STATE + "; DELETE FROM wards; DELETE FROM pals")
                        .get(0)))
                .isEqualTo(ROWS_AS_INSERTED);

        d1.applyMigrations();
        Map<String, String> damaged = state(
                "[[7,\"ada\"],[42,\"brian\"],[99,\"carol\"]]",
                "[]",
                "[]",
                "[[1,null],[2,null],[3,null],[4,null]]",
                "[]",
                "[]",
                "[[1,null,\"root\"],[2,1,\"a\"],[3,1,\"b\"],[4,2,\"a1\"],[5,2,\"a2\"],[6,3,\"b1\"]]",
                3,
                0,
                0,
                0,
                0,
                0,
                6);
        assertThat(strings(d1.query(STATE).get(0))).isEqualTo(damaged);
        try (Database wranglers = Sleet.sqlite(d1.sqliteFile())) {
            assertThat(appliedNames(wranglers))
                    .containsExactly(
                            create.getFileName().toString(),
                            naiveFile.getFileName().toString());
        }
        assertThat(GENERATOR.check(Migrations.in(d1.migrationsDir()), family(true, false)))
                .isEmpty();

        // The embedded engine does the same damage with the same files.
        try (Database db = Sleet.sqlite(dir.resolve("embedded.db"))) {
            MigrationRunner runner = new MigrationRunner(db);
            runner.apply(new Migrations(List.of(file(create))));
            db.exec(ROWS);
            assertThatThrownBy(() -> runner.apply(Migrations.in(d1.migrationsDir())))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("FOREIGN KEY constraint failed");
            assertThat(strings(db.prepare(STATE).first().orElseThrow().toMap())).isEqualTo(ROWS_AS_INSERTED);
            db.exec("DELETE FROM wards; DELETE FROM pals");
            runner.apply(Migrations.in(d1.migrationsDir()));
            assertThat(strings(db.prepare(STATE).first().orElseThrow().toMap())).isEqualTo(damaged);
        }
    }

    private static Map<String, String> state(
            String parents,
            String children,
            String grandchildren,
            String guardians,
            String wards,
            String pals,
            String tree,
            int parentsCount,
            int childrenCount,
            int grandchildrenCount,
            int guardiansWithParent,
            int wardsCount,
            int palsCount,
            int treeCount) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("parents", parents);
        state.put("children", children);
        state.put("grandchildren", grandchildren);
        state.put("guardians", guardians);
        state.put("wards", wards);
        state.put("pals", pals);
        state.put("tree", tree);
        state.put("parents_count", String.valueOf(parentsCount));
        state.put("children_count", String.valueOf(childrenCount));
        state.put("grandchildren_count", String.valueOf(grandchildrenCount));
        state.put("guardians_with_parent", String.valueOf(guardiansWithParent));
        state.put("wards_count", String.valueOf(wardsCount));
        state.put("pals_count", String.valueOf(palsCount));
        state.put("tree_count", String.valueOf(treeCount));
        state.put("leftover_tables", "0");
        return state;
    }

    /** A row's values as text, so that wrangler's JSON numbers and the embedded engine's longs compare alike. */
    static Map<String, String> strings(Map<String, Object> row) {
        Map<String, String> strings = new LinkedHashMap<>();
        row.forEach((column, value) -> strings.put(column, String.valueOf(value)));
        return strings;
    }

    private static List<String> appliedNames(Database db) {
        return db.prepare("SELECT name FROM " + LocalD1.MIGRATIONS_TABLE + " ORDER BY id").all().stream()
                .map(r -> r.getString("name"))
                .toList();
    }

    static MigrationFile file(Path path) throws java.io.IOException {
        return MigrationFile.of(path.getFileName().toString(), Files.readString(path));
    }
}
