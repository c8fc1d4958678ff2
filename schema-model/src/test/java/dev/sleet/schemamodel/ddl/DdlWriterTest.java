package dev.sleet.schemamodel.ddl;

import static dev.sleet.schemamodel.ColumnBuilder.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.schemamodel.CheckModel;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.ForeignKeyModel;
import dev.sleet.schemamodel.GeneratedModel;
import dev.sleet.schemamodel.IndexModel;
import dev.sleet.schemamodel.TableModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DDL the processor verifies and migrations run, written from models; each statement also runs on SQLite. */
class DdlWriterTest {

    // --- defaults -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{0}] stays a literal")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            value = {
                "0 => 0",
                "-1 => -1",
                "+1.5 => +1.5",
                "1e10 => 1e10",
                "2.5E-3 => 2.5E-3",
                "'free' => 'free'",
                "'it''s' => 'it''s'",
                "'' => ''",
                "X'00ff' => X'00ff'",
                "x'' => x''",
                "NULL => NULL",
                "null => null",
                "TRUE => TRUE",
                "false => false",
                "CURRENT_TIMESTAMP => CURRENT_TIMESTAMP",
                "current_date => current_date",
                "CURRENT_TIME => CURRENT_TIME",
                "\"  42  \" => 42",
            })
    void literalDefaultsAreWrittenAsTheyAre(String sql, String expected) {
        assertThat(DdlWriter.defaultExpression(sql)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is parenthesised")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            value = {
                "datetime('now') => (datetime('now'))",
                "1 + 1 => (1 + 1)",
                "'a' || 'b' => ('a' || 'b')",
                "'a' 'b' => ('a' 'b')",
                "-x => (-x)",
                "lower('X') => (lower('X'))",
                "strftime('%s', 'now') * 1000 => (strftime('%s', 'now') * 1000)",
                "\" random() \" => (random())",
            })
    void expressionDefaultsAreParenthesised(String sql, String expected) {
        assertThat(DdlWriter.defaultExpression(sql)).isEqualTo(expected);
    }

    @Test
    void everyWrittenDefaultIsAcceptedBySqlite() {
        List<String> defaults = List.of(
                "0",
                "-1",
                "+1.5",
                "1e10",
                "'free'",
                "'it''s'",
                "X'00ff'",
                "NULL",
                "TRUE",
                "CURRENT_TIMESTAMP",
                "datetime('now')",
                "1 + 1",
                "'a' || 'b'",
                "strftime('%s', 'now') * 1000");
        List<ColumnModel> columns = new ArrayList<>();
        columns.add(column("id", "INTEGER").primaryKey().build());
        for (int i = 0; i < defaults.size(); i++) {
            columns.add(column("c" + i, "TEXT")
                    .nullable()
                    .defaultSql(defaults.get(i))
                    .build());
        }
        TableModel table = table("defaults", columns);
        runs(DdlWriter.createTable(table), "INSERT INTO \"defaults\" (\"id\") VALUES (1)");
    }

    // --- column definitions -----------------------------------------------------------------------------------------

    @Test
    void columnDefinitionWritesConstraintsInSqlitesOrder() {
        ColumnModel column = column("email", "TEXT")
                .unique()
                .defaultSql("'x@y'")
                .check(new CheckModel("email_has_at", "email LIKE '%@%'"))
                .build();
        assertThat(DdlWriter.columnDefinition(column))
                .isEqualTo(
                        "\"email\" TEXT NOT NULL UNIQUE DEFAULT 'x@y' CONSTRAINT \"email_has_at\" CHECK (email LIKE '%@%')");
    }

    @Test
    void nullableColumnHasNoNotNull() {
        assertThat(DdlWriter.columnDefinition(column("bio", "TEXT").nullable().build()))
                .isEqualTo("\"bio\" TEXT");
    }

    @Test
    void integerKeyWithAutoincrement() {
        assertThat(DdlWriter.columnDefinition(
                        column("id", "INTEGER").primaryKey().autoIncrement().build()))
                .isEqualTo("\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
    }

    @Test
    void unnamedColumnCheck() {
        assertThat(DdlWriter.columnDefinition(column("n", "INTEGER")
                        .check(new CheckModel(null, "n > 0"))
                        .build()))
                .isEqualTo("\"n\" INTEGER NOT NULL CHECK (n > 0)");
    }

    @Test
    void foreignKeyWithActions() {
        ColumnModel column = column("owner_id", "TEXT")
                .nullable()
                .references(new ForeignKeyModel("users", "id", "SET NULL", "CASCADE"))
                .build();
        assertThat(DdlWriter.columnDefinition(column))
                .isEqualTo("\"owner_id\" TEXT REFERENCES \"users\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE");
    }

    @Test
    void foreignKeyLeavesOutNoActionAndAnEmptyColumn() {
        ColumnModel column = column("app_id", "INTEGER")
                .references(new ForeignKeyModel("apps", "", "NO ACTION", "NO ACTION"))
                .build();
        assertThat(DdlWriter.columnDefinition(column)).isEqualTo("\"app_id\" INTEGER NOT NULL REFERENCES \"apps\"");
    }

    @Test
    void foreignKeyWithOnlyOnUpdate() {
        ColumnModel column = column("app_id", "INTEGER")
                .references(new ForeignKeyModel("apps", "id", "NO ACTION", "RESTRICT"))
                .build();
        assertThat(DdlWriter.columnDefinition(column))
                .isEqualTo("\"app_id\" INTEGER NOT NULL REFERENCES \"apps\" (\"id\") ON UPDATE RESTRICT");
    }

    @Test
    void virtualAndStoredGeneratedColumns() {
        assertThat(DdlWriter.columnDefinition(column("email_lower", "TEXT")
                        .nullable()
                        .generated(new GeneratedModel("lower(email)", false))
                        .build()))
                .isEqualTo("\"email_lower\" TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL");
        assertThat(DdlWriter.columnDefinition(column("total", "INTEGER")
                        .generated(new GeneratedModel("price * quantity", true))
                        .build()))
                .isEqualTo("\"total\" INTEGER NOT NULL GENERATED ALWAYS AS (price * quantity) STORED");
    }

    // --- tables -----------------------------------------------------------------------------------------------------

    @Test
    void createTableWithKeyDefaultsAndForeignKeys() {
        TableModel users = table(
                "users",
                List.of(
                        column("id", "TEXT").primaryKey().build(),
                        column("points", "INTEGER").defaultSql("0").build(),
                        column("created_at", "TEXT")
                                .defaultSql("datetime('now')")
                                .build()));
        TableModel apps = table(
                "apps",
                List.of(
                        column("id", "INTEGER").primaryKey().autoIncrement().build(),
                        column("owner_id", "TEXT")
                                .references(new ForeignKeyModel("users", "id", "CASCADE", "NO ACTION"))
                                .build()));

        assertThat(DdlWriter.createTable(users)).isEqualTo("""
        CREATE TABLE "users" (
          "id" TEXT PRIMARY KEY NOT NULL,
          "points" INTEGER NOT NULL DEFAULT 0,
          "created_at" TEXT NOT NULL DEFAULT (datetime('now'))
        )""");
        assertThat(DdlWriter.createTable(apps)).isEqualTo("""
        CREATE TABLE "apps" (
          "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          "owner_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
        )""");
        runs(
                DdlWriter.createTable(users),
                DdlWriter.createTable(apps),
                "INSERT INTO \"users\" (\"id\") VALUES ('u1')",
                "INSERT INTO \"apps\" (\"owner_id\") VALUES ('u1')");
    }

    @Test
    void compositeKeyUniquesAndTableChecksFollowTheColumns() {
        TableModel table = new TableModel(
                "rate_buckets",
                "app.RateBucket",
                "app.RateBuckets",
                false,
                false,
                null,
                List.of(
                        column("key", "TEXT").build(),
                        column("window_start", "INTEGER").build(),
                        column("count", "INTEGER").build()),
                List.of("key", "window_start"),
                List.of(List.of("key", "count")),
                List.of(new CheckModel("count_not_negative", "count >= 0"), new CheckModel(null, "length(key) > 0")),
                List.of());
        assertThat(DdlWriter.createTable(table)).isEqualTo("""
        CREATE TABLE "rate_buckets" (
          "key" TEXT NOT NULL,
          "window_start" INTEGER NOT NULL,
          "count" INTEGER NOT NULL,
          PRIMARY KEY ("key", "window_start"),
          UNIQUE ("key", "count"),
          CONSTRAINT "count_not_negative" CHECK (count >= 0),
          CHECK (length(key) > 0)
        )""");
        runs(DdlWriter.createTable(table));
    }

    @Test
    void strictAndWithoutRowidOptions() {
        List<ColumnModel> columns = List.of(column("id", "TEXT").primaryKey().build());
        TableModel strict = new TableModel(
                "a", "app.A", "app.As", true, false, null, columns, List.of(), List.of(), List.of(), List.of());
        TableModel withoutRowid = new TableModel(
                "b", "app.B", "app.Bs", false, true, null, columns, List.of(), List.of(), List.of(), List.of());
        TableModel both = new TableModel(
                "c", "app.C", "app.Cs", true, true, null, columns, List.of(), List.of(), List.of(), List.of());

        assertThat(DdlWriter.createTable(strict)).endsWith("\n) STRICT");
        assertThat(DdlWriter.createTable(withoutRowid)).endsWith("\n) WITHOUT ROWID");
        assertThat(DdlWriter.createTable(both)).endsWith("\n) WITHOUT ROWID, STRICT");
        assertThat(DdlWriter.createTable(table("d", columns))).endsWith("\n)");
        runs(DdlWriter.createTable(strict), DdlWriter.createTable(withoutRowid), DdlWriter.createTable(both));
    }

    @Test
    void createTableUnderAnotherNamePointsSelfReferencesToTheNewName() {
        TableModel categories = table(
                "categories",
                List.of(
                        column("id", "INTEGER").primaryKey().build(),
                        column("parent_id", "INTEGER")
                                .nullable()
                                .references(new ForeignKeyModel("categories", "id", "CASCADE", "NO ACTION"))
                                .build(),
                        column("owner_id", "TEXT")
                                .nullable()
                                .references(new ForeignKeyModel("users", "id", "NO ACTION", "NO ACTION"))
                                .build()));
        assertThat(DdlWriter.createTable(categories, "__new_categories")).isEqualTo("""
        CREATE TABLE "__new_categories" (
          "id" INTEGER PRIMARY KEY NOT NULL,
          "parent_id" INTEGER REFERENCES "__new_categories" ("id") ON DELETE CASCADE,
          "owner_id" TEXT REFERENCES "users" ("id")
        )""");
        assertThat(DdlWriter.createTable(categories)).contains("REFERENCES \"categories\" (\"id\") ON DELETE CASCADE");
    }

    // --- indexes ----------------------------------------------------------------------------------------------------

    @Test
    void indexesPlainUniqueAndPartial() {
        assertThat(DdlWriter.createIndex(
                        "screens",
                        new IndexModel("screens_app_id_flow_index_idx", List.of("app_id", "flow_index"), false, null)))
                .isEqualTo(
                        "CREATE INDEX \"screens_app_id_flow_index_idx\" ON \"screens\" (\"app_id\", \"flow_index\")");
        assertThat(DdlWriter.createIndex("users", new IndexModel("users_email_unique", List.of("email"), true, null)))
                .isEqualTo("CREATE UNIQUE INDEX \"users_email_unique\" ON \"users\" (\"email\")");
        assertThat(DdlWriter.createIndex(
                        "screens", new IndexModel("live", List.of("user_id"), false, "deleted_at IS NULL")))
                .isEqualTo("CREATE INDEX \"live\" ON \"screens\" (\"user_id\") WHERE deleted_at IS NULL");
    }

    @Test
    void createListsTheTableThenItsIndexesInOrder() {
        TableModel table = new TableModel(
                "screens",
                "app.Screen",
                "app.Screens",
                false,
                false,
                null,
                List.of(
                        column("id", "INTEGER").primaryKey().build(),
                        column("user_id", "TEXT").build(),
                        column("deleted_at", "TEXT").nullable().build()),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new IndexModel("b_idx", List.of("user_id"), false, "deleted_at IS NULL"),
                        new IndexModel("a_idx", List.of("deleted_at", "user_id"), true, null)));
        List<String> statements = DdlWriter.create(table);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo(DdlWriter.createTable(table));
        assertThat(statements.get(1)).startsWith("CREATE INDEX \"b_idx\"");
        assertThat(statements.get(2)).startsWith("CREATE UNIQUE INDEX \"a_idx\"");
        runs(statements.toArray(String[]::new));
    }

    // --- quoting ----------------------------------------------------------------------------------------------------

    @Test
    void quoteDoublesEmbeddedQuotes() {
        assertThat(DdlWriter.quote("users")).isEqualTo("\"users\"");
        assertThat(DdlWriter.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(DdlWriter.quote("\"")).isEqualTo("\"\"\"\"");
        assertThat(DdlWriter.quote("select")).isEqualTo("\"select\"");
    }

    @Test
    void namesWithQuotesAreQuotedEverywhereAndRunOnSqlite() {
        TableModel odd = new TableModel(
                "odd\"table",
                "app.Odd",
                "app.OddTable",
                false,
                false,
                null,
                List.of(
                        column("i\"d", "INTEGER").primaryKey().build(),
                        column("select", "TEXT").nullable().build(),
                        column("parent", "INTEGER")
                                .nullable()
                                .references(new ForeignKeyModel("odd\"table", "i\"d", "CASCADE", "NO ACTION"))
                                .build()),
                List.of(),
                List.of(List.of("select", "parent")),
                List.of(new CheckModel("chk\"1", "\"select\" <> ''")),
                List.of(new IndexModel("odd\"idx", List.of("select"), false, null)));
        List<String> statements = DdlWriter.create(odd);
        assertThat(statements.get(0)).isEqualTo("""
        CREATE TABLE "odd""table" (
          "i""d" INTEGER PRIMARY KEY NOT NULL,
          "select" TEXT,
          "parent" INTEGER REFERENCES "odd""table" ("i""d") ON DELETE CASCADE,
          UNIQUE ("select", "parent"),
          CONSTRAINT "chk""1" CHECK ("select" <> '')
        )""");
        assertThat(statements.get(1)).isEqualTo("CREATE INDEX \"odd\"\"idx\" ON \"odd\"\"table\" (\"select\")");
        runs(
                statements.get(0),
                statements.get(1),
                "INSERT INTO \"odd\"\"table\" (\"i\"\"d\", \"select\") VALUES (1, 'x')",
                "INSERT INTO \"odd\"\"table\" (\"i\"\"d\", \"select\", \"parent\") VALUES (2, 'y', 1)");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Runs the statements on an in-memory SQLite that behaves like D1; each must succeed. */
    private static void runs(String... statements) {
        try (Database db = Sleet.sqliteInMemory()) {
            for (String sql : statements) {
                assertThatCode(() -> db.prepare(sql).run()).as(sql).doesNotThrowAnyException();
            }
        }
    }

    private static TableModel table(String name, List<ColumnModel> columns) {
        return new TableModel(
                name,
                "app." + name,
                "app.T" + name,
                false,
                false,
                null,
                columns,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
