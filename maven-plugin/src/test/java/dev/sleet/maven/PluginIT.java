package dev.sleet.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.result.Row;
import dev.sleet.testkit.LocalD1Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real {@code mvn} builds of a small user project through the life of its schema: generate, migrate, ALTERs,
 * rebuilds that must keep every referring row, declared and undeclared renames, refusals, {@code d1:check},
 * {@code d1:status}, wrangler's configuration and a migration that fails at apply.
 *
 * <p>The steps share one project and one database, in order. When an {@code mvn} run that should succeed fails,
 * the project's state no longer matches the scenario and the later steps of the chain are skipped; a failed data
 * assertion does not skip them. The wrangler step uses its own project, and so do the last steps, which make
 * several changes in one {@code d1:generate} (a rebuild together with renames). Each run's output is in
 * {@code mvn-N.log} of the temporary folder, which is kept when a test fails.
 *
 * <p>Needs the plugin and the Sleet artifacts in the local repository (maven-invoker-plugin's {@code install} goal
 * puts them there before failsafe runs this) and the system properties {@code sleet.version} and
 * {@code maven.home} (failsafe passes both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginIT {

    private static final Pattern WRANGLER_HEADER = Pattern.compile(
            "\\A-- Migration number: (\\d{4}) \\t \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z\\n");
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("(?i)\\b(BEGIN|COMMIT|ROLLBACK|SAVEPOINT)\\b");
    private static final long MVN_TIMEOUT_MINUTES = 5;

    /** What each table holds that must survive every migration of the scenario, row by row. */
    private static final Map<String, String> KEPT = new LinkedHashMap<>();

    static {
        KEPT.put("parents", "SELECT id, name FROM parents ORDER BY id");
        KEPT.put("children", "SELECT id, parent_id, name FROM children ORDER BY id");
        KEPT.put("grandchildren", "SELECT id, child_id FROM grandchildren ORDER BY id");
        KEPT.put("guardians", "SELECT id, parent_id, name FROM guardians ORDER BY id");
        KEPT.put("wards", "SELECT id, parent_id, name FROM wards ORDER BY id");
        KEPT.put("tree", "SELECT id, parent_id, label FROM tree ORDER BY id");
    }

    private static final Map<String, Integer> SEEDED =
            Map.of("parents", 3, "children", 10, "grandchildren", 20, "guardians", 3, "wards", 3, "tree", 6);

    /** Sleet takes any annotation named Nullable: the user project declares its own. */
    private static final String NULLABLE = """
      package it.sleet;

      import java.lang.annotation.ElementType;
      import java.lang.annotation.Retention;
      import java.lang.annotation.RetentionPolicy;
      import java.lang.annotation.Target;

      @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
      @Retention(RetentionPolicy.CLASS)
      public @interface Nullable {}
      """;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path tmp;

    private static Path project;
    private static Path migrations;
    private static Path dbFile;
    private static String dbArg;
    /** Per project: why its chain of steps cannot go on. */
    private static final Map<Path, String> BROKEN = new LinkedHashMap<>();

    private static int runs;
    private static long mvnNanos;

    @BeforeAll
    static void writeProject() throws IOException {
        assertThat(System.getProperty("sleet.version"))
                .as("system property sleet.version (failsafe sets it)")
                .isNotBlank();
        project = tmp.resolve("app");
        migrations = project.resolve("migrations");
        dbFile = tmp.resolve("app.db");
        dbArg = "-Dd1.databaseFile=" + dbFile;
        writePom(project);
        write(project, "Nullable", NULLABLE);
        record(project, "Parent", "@Table(\"parents\")", "@PrimaryKey Long id, String name");
        record(
                project,
                "Child",
                "@Table(\"children\")",
                "@PrimaryKey Long id, @References(value = Parent.class, onDelete = CASCADE) long parentId, String name");
        record(
                project,
                "Grandchild",
                "@Table(\"grandchildren\")",
                "@PrimaryKey Long id, @References(value = Child.class, onDelete = CASCADE) long childId, "
                        + "@Nullable String legacyCode");
        record(
                project,
                "Guardian",
                "@Table(\"guardians\")",
                "@PrimaryKey Long id, @Nullable @References(value = Parent.class, onDelete = SET_NULL) Long parentId, "
                        + "String name");
        record(
                project,
                "Ward",
                "@Table(\"wards\")",
                "@PrimaryKey Long id, @References(value = Parent.class, onDelete = RESTRICT) long parentId, String name");
        record(
                project,
                "Tree",
                "@Table(\"tree\")\n@Index(columns = \"parent_id\")",
                "@PrimaryKey Long id, String label, "
                        + "@Nullable @References(value = Tree.class, onDelete = CASCADE) Long parentId");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. The first migration, applied and seeded
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void generateWritesTheFirstMigrationWithWranglersHeader() throws IOException {
        chainIntact();
        Run run = mvnOk(project, "d1:generate", "-Dd1.name=init");

        Path file = migrations.resolve("0001_init.sql");
        assertThat(file).as(run.describe()).isRegularFile();
        assertThat(migrationNames()).containsExactly("0001_init.sql");
        String sql = Files.readString(file);
        assertHeader(sql, "0001");
        for (String table : KEPT.keySet()) {
            assertThat(sql)
                    .as("0001 creates %s:%n%s", table, sql)
                    .containsPattern("(?i)CREATE TABLE \"?" + table + "\"?");
        }
        assertThat(sql)
                .as("the self-reference and the index on tree:%n%s", sql)
                .containsPattern("(?i)REFERENCES \"?tree\"?")
                .containsPattern("(?i)CREATE INDEX");
        assertThat(run.output).contains("Wrote").contains("0001_init.sql");
    }

    @Test
    @Order(2)
    void migrateAppliesTheFileAndStatusListsItAsPendingBefore() {
        chainIntact();
        Run run = mvnOk(project, "d1:status", "d1:migrate", dbArg);

        assertThat(run.output)
                .as(run.describe())
                .contains("Applied (0)")
                .contains("Pending (1)")
                .contains("  0001_init.sql")
                .contains("Applied 0001_init.sql");
        assertThat(applied()).containsExactly("0001_init.sql");

        try (Database db = Sleet.sqlite(dbFile)) {
            db.exec("""
          INSERT INTO parents (id, name) VALUES (1, 'ada'), (2, 'grace'), (3, 'linus');
          INSERT INTO guardians (id, parent_id, name) VALUES (1, 1, 'g1'), (2, 2, 'g2'), (3, NULL, 'g3');
          INSERT INTO wards (id, parent_id, name) VALUES (1, 1, 'w1'), (2, 2, 'w2'), (3, 3, 'w3');
          INSERT INTO tree (id, label, parent_id) VALUES (1, 'root', NULL), (2, 'a', 1), (3, 'b', 1),
            (4, 'a1', 2), (5, 'a2', 2), (6, 'b1', 3);
          """);
            for (int i = 1; i <= 10; i++) {
                db.prepare("INSERT INTO children (id, parent_id, name) VALUES (?, ?, ?)")
                        .bind(i, i % 3 + 1, "c" + i)
                        .run();
            }
            for (int i = 1; i <= 20; i++) {
                db.prepare("INSERT INTO grandchildren (id, child_id, legacy_code) VALUES (?, ?, ?)")
                        .bind(i, i % 10 + 1, "lc" + i)
                        .run();
            }
        }
        assertThat(counts()).isEqualTo(SEEDED);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. A change ALTER TABLE can make
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void addingANullableColumnIsAnAlterTableThatKeepsEveryRow() throws IOException {
        chainIntact();
        Map<String, List<String>> before = kept();
        record(project, "Parent", "@Table(\"parents\")", "@PrimaryKey Long id, String name, @Nullable String nickname");

        Run run = mvnOk(project, "d1:generate", "d1:migrate", dbArg);

        Path file = newest();
        assertThat(file.getFileName().toString())
                .as(run.describe())
                .startsWith("0002_add_parents_")
                .endsWith(".sql");
        String sql = Files.readString(file);
        assertHeader(sql, "0002");
        assertThat(sql)
                .as(sql)
                .containsPattern("(?i)ALTER TABLE \"?parents\"? ADD COLUMN \"?nickname\"?")
                .doesNotContainPattern("(?i)CREATE TABLE");
        assertThat(applied())
                .containsExactly("0001_init.sql", file.getFileName().toString());
        assertKept(before);
        try (Database db = Sleet.sqlite(dbFile)) {
            db.exec("UPDATE parents SET nickname = 'nick' || id");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Changes SQLite cannot ALTER: rebuilds that must keep CASCADE, SET NULL and RESTRICT children and a tree
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void rebuildsKeepEveryReferringRowAndTheSelfReferencingTree() throws IOException {
        chainIntact();
        Map<String, List<String>> before = kept();
        List<String> nicknamesBefore = column("SELECT nickname FROM parents ORDER BY id");
        List<String> indexesBefore = column("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tree' "
                + "AND sql IS NOT NULL ORDER BY name");
        // parents.name becomes nullable, tree.label gets a default: neither is an ALTER TABLE SQLite can make.
        record(
                project,
                "Parent",
                "@Table(\"parents\")",
                "@PrimaryKey Long id, @Nullable String name, @Nullable String nickname");
        record(
                project,
                "Tree",
                "@Table(\"tree\")\n@Index(columns = \"parent_id\")",
                "@PrimaryKey Long id, @Default(\"'node'\") String label, "
                        + "@Nullable @References(value = Tree.class, onDelete = CASCADE) Long parentId");

        Run run = mvnOk(project, "d1:generate", "d1:migrate", dbArg);

        Path file = newest();
        assertThat(file.getFileName().toString()).as(run.describe()).startsWith("0003_");
        String sql = Files.readString(file);
        assertHeader(sql, "0003");
        assertThat(sql)
                .as("a rebuild of parents and of tree:%n%s", sql)
                .containsPattern("(?i)CREATE TABLE \"?__new_parents\"?")
                .containsPattern("(?i)CREATE TABLE \"?__new_tree\"?")
                .containsPattern("(?i)DROP TABLE \"?parents\"?")
                .containsPattern("(?i)DROP TABLE \"?tree\"?");
        assertThat(applied()).hasSize(3).last().isEqualTo(file.getFileName().toString());

        Map<String, Integer> counts = counts();
        assertThat(counts).as("row counts after rebuilding parents and tree").isEqualTo(SEEDED);
        assertThat(column("SELECT parent_id FROM guardians ORDER BY id"))
                .as("guardians (ON DELETE SET NULL) keep their parent")
                .containsExactly("1", "2", null);
        assertThat(column("SELECT parent_id FROM tree ORDER BY id"))
                .as("the tree keeps every link")
                .containsExactly(null, "1", "1", "2", "2", "3");
        assertKept(before);
        assertThat(column("SELECT nickname FROM parents ORDER BY id"))
                .as("the rebuilt table keeps its other columns")
                .isEqualTo(nicknamesBefore);
        assertThat(column("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tree' "
                        + "AND sql IS NOT NULL ORDER BY name"))
                .as("the rebuilt tree keeps its index")
                .isEqualTo(indexesBefore);
        assertThat(column("SELECT name FROM sqlite_master WHERE name LIKE '\\_\\_%' ESCAPE '\\'"))
                .as("no table left behind by the rebuild")
                .isEmpty();
        assertNoForeignKeyViolation();
        try (Database db = Sleet.sqlite(dbFile)) {
            // The rebuilt tables are wired as declared: the new default applies, the cascade still runs.
            db.exec("INSERT INTO tree (id, parent_id) VALUES (7, 6); INSERT INTO parents (id, name) VALUES (4, NULL)");
            assertThat(db.prepare("SELECT label FROM tree WHERE id = 7").first("label", String.class))
                    .contains("node");
            db.exec("DELETE FROM tree WHERE id = 7; DELETE FROM parents WHERE id = 4");
        }
        assertKept(before);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Renames: declared ones become RENAME COLUMN; undeclared ones are refused (with steps 5 and 6's refusals)
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void aColumnRenamedWithRenamedFromBecomesRenameColumnAndKeepsItsValues() throws IOException {
        chainIntact();
        Map<String, List<String>> before = kept();
        List<String> nicknames = column("SELECT nickname FROM parents ORDER BY id");
        record(
                project,
                "Parent",
                "@Table(\"parents\")",
                "@PrimaryKey Long id, @Nullable String name, @Nullable @RenamedFrom(\"nickname\") String alias");

        Run run = mvnOk(project, "d1:generate", "d1:migrate", dbArg);

        Path file = newest();
        assertThat(file.getFileName().toString()).as(run.describe()).startsWith("0004_");
        String sql = Files.readString(file);
        assertThat(sql)
                .as(sql)
                .containsPattern("(?i)ALTER TABLE \"?parents\"? RENAME COLUMN \"?nickname\"? TO \"?alias\"?")
                .doesNotContainPattern("(?i)DROP")
                .doesNotContainPattern("(?i)CREATE TABLE");
        assertThat(nicknames).containsExactly("nick1", "nick2", "nick3");
        assertThat(column("SELECT alias FROM parents ORDER BY id")).isEqualTo(nicknames);
        assertKept(before);
        assertThat(applied()).hasSize(4);
    }

    @Test
    @Order(6)
    void anUndeclaredRenameADropAndANewNotNullColumnWithoutDefaultAreRefusedAndWriteNothing() throws IOException {
        chainIntact();
        List<String> filesBefore = migrationNames();
        Map<String, String> sources = sources("Ward", "Grandchild", "Child");
        try {
            // wards.name renamed to title without @RenamedFrom
            record(
                    project,
                    "Ward",
                    "@Table(\"wards\")",
                    "@PrimaryKey Long id, @References(value = Parent.class, onDelete = RESTRICT) long parentId, String title");
            // grandchildren.legacy_code dropped
            record(
                    project,
                    "Grandchild",
                    "@Table(\"grandchildren\")",
                    "@PrimaryKey Long id, @References(value = Child.class, onDelete = CASCADE) long childId");
            // children.color: NOT NULL, no default
            record(
                    project,
                    "Child",
                    "@Table(\"children\")",
                    "@PrimaryKey Long id, "
                            + "@References(value = Parent.class, onDelete = CASCADE) long parentId, String name, String color");

            Run run = mvn(project, "d1:generate");

            assertThat(run.exit)
                    .as("d1:generate must refuse:%n%s", run.describe())
                    .isNotZero();
            assertThat(migrationNames())
                    .as("no file written:%n%s", run.describe())
                    .isEqualTo(filesBefore);
            String wardsLoss = lossLine(run.output, "wards");
            assertThat(wardsLoss)
                    .as("the undeclared rename is explained, pointing to @RenamedFrom:%n%s", run.describe())
                    .contains("name")
                    .contains("title")
                    .contains("@RenamedFrom");
            String grandchildrenLoss = lossLine(run.output, "grandchildren");
            assertThat(grandchildrenLoss)
                    .as("the drop lists the column:%n%s", run.describe())
                    .contains("legacy_code");
            String childrenLoss = lossLine(run.output, "children");
            assertThat(childrenLoss)
                    .as("the NOT NULL column without default is explained:%n%s", run.describe())
                    .contains("color")
                    .contains("@Default")
                    .contains("@Nullable");
            assertThat(run.output).contains("-Dd1.allowDataLoss=true");
        } finally {
            restore(sources);
            deleteFilesNotIn(filesBefore);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. A drop with the opt-in; d1:status lists applied and pending files
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(7)
    void aDropIsWrittenWithAllowDataLossAndStatusListsAppliedAndPending() throws IOException {
        chainIntact();
        Map<String, List<String>> before = kept();
        record(
                project,
                "Grandchild",
                "@Table(\"grandchildren\")",
                "@PrimaryKey Long id, @References(value = Child.class, onDelete = CASCADE) long childId");

        Run run = mvnOk(project, "d1:generate", "-Dd1.allowDataLoss=true", "d1:status", "d1:migrate", dbArg);

        Path file = newest();
        String name = file.getFileName().toString();
        assertThat(name).as(run.describe()).startsWith("0005_");
        assertThat(Files.readString(file))
                .containsPattern("(?i)ALTER TABLE \"?grandchildren\"? DROP COLUMN \"?legacy_code\"?");
        String status = run.output.substring(run.output.indexOf("Applied ("));
        assertThat(status)
                .as(run.describe())
                .contains("Applied (4)")
                .contains("0001_init.sql")
                .contains("Pending (1)")
                .contains("  " + name)
                .contains("Applied " + name);
        assertThat(applied()).hasSize(5).last().isEqualTo(name);
        assertKept(before);
        assertNoForeignKeyViolation();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 7. No change, and d1:check
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(8)
    void generateWithoutChangeWritesNothingAndCheckPasses() {
        chainIntact();
        List<String> filesBefore = migrationNames();

        Run run = mvnOk(project, "d1:generate", "d1:check", dbArg);

        assertThat(run.output).as(run.describe()).contains("No schema change").contains("Migrations are consistent");
        assertThat(migrationNames()).isEqualTo(filesBefore);
    }

    @Test
    @Order(9)
    void checkFailsWhenARecordChangedWithoutGenerating() throws IOException {
        chainIntact();
        List<String> filesBefore = migrationNames();
        Map<String, String> sources = sources("Parent");
        try {
            record(
                    project,
                    "Parent",
                    "@Table(\"parents\")",
                    "@PrimaryKey Long id, @Nullable String name, "
                            + "@Nullable @RenamedFrom(\"nickname\") String alias, @Nullable String motto");

            Run run = mvn(project, "d1:check");

            assertThat(run.exit).as("d1:check must fail:%n%s", run.describe()).isNotZero();
            assertThat(run.output).as(run.describe()).contains("d1:generate").contains("motto");
            assertThat(migrationNames()).isEqualTo(filesBefore);
        } finally {
            restore(sources);
            deleteFilesNotIn(filesBefore);
        }
    }

    @Test
    @Order(10)
    void checkFailsWhenTwoFilesShareANumberAndNamesBoth() throws IOException {
        chainIntact();
        Path second = migrations.resolve("0002_from_another_branch.sql");
        String first = migrationNames().get(1);
        Files.copy(migrations.resolve(first), second);
        try {
            Run run = mvn(project, "d1:check");

            assertThat(run.exit).as("d1:check must fail:%n%s", run.describe()).isNotZero();
            assertThat(run.output)
                    .as(run.describe())
                    .contains(first)
                    .contains("0002_from_another_branch.sql")
                    .contains("0002");
        } finally {
            Files.deleteIfExists(second);
        }
    }

    @Test
    @Order(11)
    void checkAgainstTheDatabaseFailsWhenAnAppliedFileWasEdited() throws IOException {
        chainIntact();
        Path init = migrations.resolve("0001_init.sql");
        String original = Files.readString(init);
        // wards is never changed by a later migration, so the edit shows in the schema replay builds.
        int start = original.indexOf("CREATE TABLE \"wards\"");
        int end = original.indexOf(");", start);
        assertThat(start).as("0001 creates \"wards\":%n%s", original).isNotNegative();
        String block = original.substring(start, end);
        String edited = block.replaceFirst("(\"name\"\\s+)TEXT", "$1INTEGER");
        assertThat(edited).as("the wards block declares name TEXT:%n%s", block).isNotEqualTo(block);
        Files.writeString(init, original.substring(0, start) + edited + original.substring(end));
        try {
            Run run = mvn(project, "d1:check", dbArg);

            assertThat(run.exit).as("d1:check must fail:%n%s", run.describe()).isNotZero();
            assertThat(run.output)
                    .as(run.describe())
                    .contains("applied file edited")
                    .contains("wards");
        } finally {
            Files.writeString(init, original);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 9. A migration that fails at apply leaves the database as it was before that file
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(12)
    void aFailingMigrationNamesFileAndStatementAndLeavesTheDatabaseAsBefore() throws IOException {
        chainIntact();
        Map<String, List<String>> before = kept();
        List<String> appliedBefore = applied();
        String bad = "0006_hand_written.sql";
        Files.writeString(migrations.resolve(bad), """
        -- Migration number: 0006 \t 2026-01-01T00:00:00.000Z
        UPDATE wards SET name = 'changed';
        INSERT INTO parents (id, name) VALUES (99, 'intruder');
        INSERT INTO no_such_table (id) VALUES (1);
        DELETE FROM children;
        """);

        Run run = mvn(project, "d1:migrate", dbArg);

        assertThat(run.exit).as("d1:migrate must fail:%n%s", run.describe()).isNotZero();
        assertThat(run.output)
                .as(run.describe())
                .contains(bad)
                .contains("statement 3")
                .contains("no_such_table");
        assertThat(applied()).as("the failed file is not recorded").isEqualTo(appliedBefore);
        assertKept(before);
        assertThat(counts()).isEqualTo(SEEDED);
        assertNoForeignKeyViolation();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 8. wrangler.toml's migrations_dir and migrations_table (a project of its own)
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(13)
    void wranglerTomlChoosesTheFolderAndTheTrackingTable() throws IOException {
        Path wrangler = tmp.resolve("wrangler-app");
        writePom(wrangler);
        Files.writeString(wrangler.resolve("wrangler.toml"), """
        name = "it-worker"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"

        [[d1_databases]]
        binding = "DB"
        database_name = "it-db"
        database_id = "00000000-0000-0000-0000-000000000000"
        migrations_dir = "db/migrations"
        migrations_table = "schema_log"
        """);
        record(wrangler, "Note", "@Table(\"notes\")", "@PrimaryKey Long id, String body");
        Path db = tmp.resolve("wrangler.db");

        Run run = mvnOk(wrangler, "d1:generate", "d1:migrate", "-Dd1.databaseFile=" + db);

        List<String> files = listSql(wrangler.resolve("db/migrations"));
        assertThat(files).as(run.describe()).hasSize(1);
        assertThat(files.get(0)).startsWith("0001_");
        assertThat(wrangler.resolve("migrations"))
                .as("nothing in the default folder")
                .doesNotExist();
        assertHeader(Files.readString(wrangler.resolve("db/migrations").resolve(files.get(0))), "0001");
        try (Database d = Sleet.sqlite(db)) {
            List<String> columns =
                    d.prepare("SELECT name FROM pragma_table_info('schema_log') ORDER BY cid").all().stream()
                            .map(r -> r.getString("name"))
                            .toList();
            assertThat(columns).as("wrangler's tracking table columns").containsExactly("id", "name", "applied_at");
            assertThat(d.prepare("SELECT name FROM schema_log ORDER BY id").all().stream()
                            .map(r -> r.getString("name")))
                    .containsExactly(files.get(0));
            assertThat(d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'd1_migrations'")
                            .first("n", Long.class))
                    .contains(0L);
            assertThat(d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'notes'")
                            .first("n", Long.class))
                    .contains(1L);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Beyond the steps: several changes in one d1:generate, where a rebuild meets renames (a project of its own).
    // The planner handles changed tables in name order, so the names below are chosen to put the rebuild first
    // (accounts) or last (topics).
    // ---------------------------------------------------------------------------------------------------------------

    private static Path renames;
    private static Path renamesDb;

    @Test
    @Order(14)
    void aTableRenamedWithRenamedFromAndRebuiltInTheSameMigrationKeepsItsReferringRows() throws IOException {
        renames = tmp.resolve("renames-app");
        renamesDb = tmp.resolve("renames.db");
        writePom(renames);
        write(renames, "Nullable", NULLABLE);
        record(renames, "Parent", "@Table(\"parents\")", "@PrimaryKey Long id, String name");
        record(
                renames,
                "Child",
                "@Table(\"children\")",
                "@PrimaryKey Long id, @References(value = Parent.class, onDelete = CASCADE) long parentId, String name");
        record(
                renames,
                "Guardian",
                "@Table(\"guardians\")",
                "@PrimaryKey Long id, @Nullable @References(value = Parent.class, onDelete = SET_NULL) Long parentId, "
                        + "String name");
        record(renames, "Topic", "@Table(\"topics\")", "@PrimaryKey Long id, String title");
        record(
                renames,
                "Note",
                "@Table(\"notes\")",
                "@PrimaryKey Long id, @References(value = Topic.class, onDelete = CASCADE) long topicId, String body");
        mvnOk(renames, "d1:generate", "d1:migrate", "-Dd1.databaseFile=" + renamesDb);
        try (Database db = Sleet.sqlite(renamesDb)) {
            db.exec("""
          INSERT INTO parents (id, name) VALUES (1, 'ada'), (2, 'grace');
          INSERT INTO children (id, parent_id, name) VALUES (1, 1, 'c1'), (2, 2, 'c2'), (3, 1, 'c3'), (4, 2, 'c4');
          INSERT INTO guardians (id, parent_id, name) VALUES (1, 1, 'g1'), (2, 2, 'g2');
          INSERT INTO topics (id, title) VALUES (1, 'sql'), (2, 'd1');
          INSERT INTO notes (id, topic_id, body) VALUES (1, 1, 'n1'), (2, 2, 'n2'), (3, 2, 'n3');
          """);
        }
        // parents is renamed to accounts and, in the same migration, rebuilt (its name becomes nullable).
        record(
                renames,
                "Parent",
                "@Table(\"accounts\")\n@RenamedFrom(\"parents\")",
                "@PrimaryKey Long id, @Nullable String name");

        Run run = mvnOk(renames, "d1:generate", "d1:migrate", "-Dd1.databaseFile=" + renamesDb);

        String sql = Files.readString(newestIn(renames));
        assertThat(sql).as(run.describe()).containsPattern("(?i)ALTER TABLE \"?parents\"? RENAME TO \"?accounts\"?");
        assertThat(column(renamesDb, "SELECT id || ':' || parent_id || ':' || name FROM children ORDER BY id"))
                .as("children (ON DELETE CASCADE) of the renamed and rebuilt table; migration:%n%s", sql)
                .containsExactly("1:1:c1", "2:2:c2", "3:1:c3", "4:2:c4");
        assertThat(column(renamesDb, "SELECT parent_id FROM guardians ORDER BY id"))
                .as("guardians (ON DELETE SET NULL) of the renamed and rebuilt table; migration:%n%s", sql)
                .containsExactly("1", "2");
        assertThat(column(renamesDb, "SELECT name FROM accounts ORDER BY id")).containsExactly("ada", "grace");
        assertNoForeignKeyViolation(renamesDb);
    }

    @Test
    @Order(15)
    void aColumnRenamedInAReferringTableWhileItsTargetIsRebuiltInTheSameMigration() throws IOException {
        assumeTrue(renames != null && Files.isDirectory(renames.resolve("migrations")), "needs the previous step");
        chainIntact(renames);
        List<String> notes = column(renamesDb, "SELECT id || ':' || topic_id || ':' || body FROM notes ORDER BY id");
        // notes.body is renamed to text (declared), and topics is rebuilt (its title becomes nullable).
        record(
                renames,
                "Note",
                "@Table(\"notes\")",
                "@PrimaryKey Long id, "
                        + "@References(value = Topic.class, onDelete = CASCADE) long topicId, @RenamedFrom(\"body\") String text");
        record(renames, "Topic", "@Table(\"topics\")", "@PrimaryKey Long id, @Nullable String title");

        Run run = mvnOk(renames, "d1:generate", "d1:migrate", "-Dd1.databaseFile=" + renamesDb);

        String sql = Files.readString(newestIn(renames));
        assertThat(sql)
                .as(run.describe())
                .containsPattern("(?i)RENAME COLUMN \"?body\"? TO \"?text\"?")
                .containsPattern("(?i)CREATE TABLE \"?__new_topics\"?");
        assertThat(column(renamesDb, "SELECT id || ':' || topic_id || ':' || text FROM notes ORDER BY id"))
                .as("notes keep their rows and values; migration:%n%s", sql)
                .isEqualTo(notes)
                .containsExactly("1:1:n1", "2:2:n2", "3:2:n3");
        assertNoForeignKeyViolation(renamesDb);
    }

    @Test
    @Order(16)
    void migrateStatusAndCheckWorkOnARemoteDatabaseWithCredentialsFromTheEnvironment() throws IOException {
        chainIntact();
        String bad = "0006_hand_written.sql";
        assertThat(migrationNames())
                .as("the failing file of the previous step is still there")
                .contains(bad);
        List<String> beforeBad = migrationNames().stream()
                .filter(name -> name.compareTo(bad) < 0)
                .toList();
        try (LocalD1Server d1 = LocalD1Server.start(tmp.resolve("remote-d1"), List.of("REMOTE_DB"));
                Database db = Sleet.d1(D1HttpOptions.of(d1.accountId(), "REMOTE_DB", d1.apiToken())
                        .withBaseUri(d1.baseUri()))) {
            Map<String, String> credentials = Map.of(
                    "CLOUDFLARE_ACCOUNT_ID",
                    d1.accountId(),
                    "CLOUDFLARE_D1_DATABASE_ID",
                    "REMOTE_DB",
                    "CLOUDFLARE_API_TOKEN",
                    d1.apiToken());
            String remote = "-Dd1.remote=true";
            String apiBase = "-Dd1.apiBaseUrl=" + d1.baseUri();

            Run missing = mvn(project, Map.of(), "d1:status", remote, apiBase);
            assertThat(missing.exit).as(missing.describe()).isNotZero();
            assertThat(missing.output).contains("CLOUDFLARE_API_TOKEN").contains("never read from the pom");

            Run failing = mvn(project, credentials, "d1:migrate", remote, apiBase);
            assertThat(failing.exit).as(failing.describe()).isNotZero();
            assertThat(failing.output)
                    .as("files before the failing one are reported as they apply")
                    .contains("Applied " + beforeBad.get(beforeBad.size() - 1))
                    .contains(bad)
                    .contains("no_such_table")
                    .doesNotContain(d1.apiToken());
            assertThat(db.prepare("SELECT name FROM d1_migrations ORDER BY id").all())
                    .extracting(row -> row.getString("name"))
                    .isEqualTo(beforeBad);
            assertThat(db.prepare("SELECT count(*) AS n FROM parents WHERE id = 99")
                            .first("n"))
                    .as("nothing of the failed file is left")
                    .contains(0L);

            Files.delete(migrations.resolve(bad));
            List<String> files = migrationNames();
            Run run = mvnOk(project, credentials, "d1:migrate", "d1:status", "d1:check", remote, apiBase);

            assertThat(run.output)
                    .as(run.describe())
                    .contains("Nothing to apply")
                    .contains("Applied (" + files.size() + ")")
                    .contains("Pending (0)")
                    .contains("Migrations are consistent")
                    .doesNotContain(d1.apiToken());
            assertThat(db.prepare("SELECT name FROM d1_migrations ORDER BY id").all())
                    .extracting(row -> row.getString("name"))
                    .isEqualTo(files);
        }
    }

    @AfterAll
    static void timing() {
        System.out.printf(Locale.ROOT, "PluginIT: %d mvn runs, %.1f s in mvn%n", runs, mvnNanos / 1e9);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The user project
    // ---------------------------------------------------------------------------------------------------------------

    private static void writePom(Path dir) throws IOException {
        String version = System.getProperty("sleet.version");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>it.sleet</groupId>
          <artifactId>%s</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
            <sleet.version>%s</sleet.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>dev.sleet</groupId>
              <artifactId>sleet-dsl</artifactId>
              <version>${sleet.version}</version>
            </dependency>
            <dependency>
              <groupId>dev.sleet</groupId>
              <artifactId>sleet-codegen</artifactId>
              <version>${sleet.version}</version>
              <scope>provided</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
                <configuration>
                  <annotationProcessors>
                    <annotationProcessor>dev.sleet.codegen.processor.SchemaProcessor</annotationProcessor>
                  </annotationProcessors>
                </configuration>
              </plugin>
              <plugin>
                <groupId>dev.sleet</groupId>
                <artifactId>d1-maven-plugin</artifactId>
                <version>${sleet.version}</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(dir.getFileName(), version));
    }

    private static void record(Path dir, String name, String annotations, String components) throws IOException {
        write(dir, name, """
        package it.sleet;

        import static dev.sleet.schema.ReferentialAction.*;

        import dev.sleet.schema.*;

        %s
        public record %s(%s) {}
        """.formatted(annotations, name, components));
    }

    private static void write(Path dir, String className, String source) throws IOException {
        Path file = dir.resolve("src/main/java/it/sleet/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private static Map<String, String> sources(String... classNames) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : classNames) {
            sources.put(name, Files.readString(project.resolve("src/main/java/it/sleet/" + name + ".java")));
        }
        return sources;
    }

    private static void restore(Map<String, String> sources) throws IOException {
        for (Map.Entry<String, String> source : sources.entrySet()) {
            write(project, source.getKey(), source.getValue());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Migration files
    // ---------------------------------------------------------------------------------------------------------------

    private static List<String> migrationNames() {
        return listSql(migrations);
    }

    private static List<String> listSql(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path newest() {
        return newestIn(project);
    }

    private static Path newestIn(Path dir) {
        List<String> names = listSql(dir.resolve("migrations"));
        assertThat(names).as("migration files in %s", dir).isNotEmpty();
        return dir.resolve("migrations").resolve(names.get(names.size() - 1));
    }

    /** Removes files a step that should have written nothing wrote anyway, so the chain can go on. */
    private static void deleteFilesNotIn(List<String> keep) throws IOException {
        for (String name : migrationNames()) {
            if (!keep.contains(name)) {
                Files.delete(migrations.resolve(name));
            }
        }
    }

    private static void assertHeader(String sql, String number) {
        Matcher header = WRANGLER_HEADER.matcher(sql);
        assertThat(header.find()).as("wrangler's header line first:%n%s", sql).isTrue();
        assertThat(header.group(1)).isEqualTo(number);
        assertThat(sql)
                .as("D1 refuses transaction control in a migration:%n%s", sql)
                .doesNotContainPattern(TRANSACTION_CONTROL);
    }

    /** The lines of a refusal that list losses on one table: {@code - table <name>: ...}. */
    private static String lossLine(String output, String table) {
        String lines = String.join(
                "\n",
                output.lines().filter(l -> l.contains("table " + table + ":")).toList());
        if (lines.isEmpty()) {
            fail("no loss listed for table " + table + " in:\n" + output);
        }
        return lines;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The database
    // ---------------------------------------------------------------------------------------------------------------

    private static Map<String, List<String>> kept() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Database db = Sleet.sqlite(dbFile)) {
            for (Map.Entry<String, String> query : KEPT.entrySet()) {
                rows.put(
                        query.getKey(),
                        db.prepare(query.getValue()).all().stream()
                                .map(r -> r.values().toString())
                                .toList());
            }
        }
        return rows;
    }

    private static void assertKept(Map<String, List<String>> before) {
        Map<String, List<String>> after = kept();
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as("rows of %s", table).isEqualTo(before.get(table));
        }
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Database db = Sleet.sqlite(dbFile)) {
            for (String table : KEPT.keySet()) {
                counts.put(
                        table,
                        db.prepare("SELECT count(*) AS n FROM " + table)
                                .first("n", Long.class)
                                .orElseThrow()
                                .intValue());
            }
        }
        return counts;
    }

    private static List<String> column(String sql) {
        return column(dbFile, sql);
    }

    private static List<String> column(Path file, String sql) {
        try (Database db = Sleet.sqlite(file)) {
            List<String> values = new ArrayList<>();
            for (Row row : db.prepare(sql).all()) {
                Object value = row.get(0);
                values.add(value == null ? null : value.toString());
            }
            return values;
        }
    }

    private static List<String> applied() {
        return column("SELECT name FROM d1_migrations ORDER BY id");
    }

    private static void assertNoForeignKeyViolation() {
        assertNoForeignKeyViolation(dbFile);
    }

    private static void assertNoForeignKeyViolation(Path file) {
        try (Database db = Sleet.sqlite(file)) {
            assertThat(db.prepare("PRAGMA foreign_key_check").all().stream()
                            .map(Row::toString)
                            .toList())
                    .as("PRAGMA foreign_key_check")
                    .isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // mvn
    // ---------------------------------------------------------------------------------------------------------------

    private record Run(List<String> command, int exit, String output) {
        String describe() {
            return String.join(" ", command) + " -> exit " + exit + "\n" + output;
        }
    }

    private static void chainIntact() {
        chainIntact(project);
    }

    private static void chainIntact(Path dir) {
        assumeTrue(
                !BROKEN.containsKey(dir),
                () -> "skipped: an earlier step left the project in an unexpected state: " + BROKEN.get(dir));
    }

    /** Runs mvn and fails, breaking the chain of steps, when it does not succeed. */
    private static Run mvnOk(Path dir, String... args) {
        return mvnOk(dir, Map.of(), args);
    }

    private static Run mvnOk(Path dir, Map<String, String> environment, String... args) {
        Run run = mvn(dir, environment, args);
        if (run.exit != 0) {
            BROKEN.putIfAbsent(dir, "mvn " + String.join(" ", args) + " failed");
            fail("mvn should have succeeded: " + run.describe());
        }
        return run;
    }

    private static Run mvn(Path dir, String... args) {
        return mvn(dir, Map.of(), args);
    }

    /** Runs mvn in {@code dir} with {@code environment} added to this process's, minus Cloudflare credentials. */
    private static Run mvn(Path dir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(mvnExecutable(), "-B", "-ntp"));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null && !repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(List.of(args));
        Path log = tmp.resolve("mvn-" + (++runs) + ".log");
        long start = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("CLOUDFLARE_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(MVN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " did not finish in " + MVN_TIMEOUT_MINUTES + " minutes:\n"
                        + Files.readString(log, UTF_8));
            }
            Run run = new Run(command, process.exitValue(), Files.readString(log, UTF_8));
            System.out.printf(
                    Locale.ROOT,
                    "[PluginIT] %s (in %s) -> exit %d, %.1f s%n",
                    String.join(" ", command),
                    dir.getFileName(),
                    run.exit,
                    (System.nanoTime() - start) / 1e9);
            return run;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            mvnNanos += System.nanoTime() - start;
        }
    }

    private static String mvnExecutable() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank()) {
            Path mvn = Path.of(home, "bin", "mvn");
            if (Files.isExecutable(mvn)) {
                return mvn.toString();
            }
        }
        return "mvn";
    }
}
