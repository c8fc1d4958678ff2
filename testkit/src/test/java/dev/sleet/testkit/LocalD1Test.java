package dev.sleet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.testkit.LocalD1.WranglerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Checks {@link LocalD1} against real wrangler. Each wrangler call costs a second or two, so the
 * migration life cycle is one test that batches its SQL.
 */
class LocalD1Test {

    private static final String CHILDREN_AND_PARENTS =
            "SELECT (SELECT count(*) FROM parents) AS parents, (SELECT count(*) FROM children) AS children";

    @TempDir
    Path dir;

    @Test
    void appliesMigrationFilesInOrderAndKeepsAFailingOneOutWhole() throws Exception {
        LocalD1 d1 = LocalD1.create(dir);
        assertThat(dir.resolve("wrangler.toml")).content().contains("migrations_table = \"d1_migrations\"");
        assertThatThrownBy(d1::sqliteFile)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no local D1 database file");

        Files.writeString(d1.migrationsDir().resolve("0001_parents.sql"), """
        CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        INSERT INTO parents (id, name) VALUES (1, 'ada'), (2, 'brian');
        """);
        Files.writeString(d1.migrationsDir().resolve("0002_children.sql"), """
        CREATE TABLE children (
          id INTEGER PRIMARY KEY,
          parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE,
          name TEXT NOT NULL
        );
        INSERT INTO children (id, parent_id, name) VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, 'z');
        """);
        d1.applyMigrations();

        assertThat(d1.appliedMigrations()).containsExactly("0001_parents.sql", "0002_children.sql");
        assertThat(d1.query(CHILDREN_AND_PARENTS)).containsExactly(Map.of("parents", 2, "children", 3));
        assertThat(d1.query("PRAGMA foreign_keys")).containsExactly(Map.of("foreign_keys", 1));

        // The state wrangler left is a plain SQLite file holding the same tables and records.
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection sqlite =
                DriverManager.getConnection("jdbc:sqlite:" + d1.sqliteFile(), readOnly.toProperties())) {
            assertThat(rows(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains(List.of("parents"), List.of("children"), List.of("d1_migrations"));
            assertThat(rows(sqlite, "SELECT id, name FROM d1_migrations ORDER BY id"))
                    .containsExactly(List.of(1, "0001_parents.sql"), List.of(2, "0002_children.sql"));
            assertThat(rows(sqlite, "SELECT id, parent_id FROM children ORDER BY id"))
                    .containsExactly(List.of(1, 1), List.of(2, 1), List.of(3, 2));
        }

        // A file that fails part-way is rolled back whole and not recorded; the earlier ones stay.
        Files.writeString(d1.migrationsDir().resolve("0003_broken.sql"), """
        CREATE TABLE orphans (id INTEGER PRIMARY KEY);
        INSERT INTO parents (id, name) VALUES (3, 'carol');
        CREATE TABL oops (id INTEGER);
        """);
        assertThatThrownBy(d1::applyMigrations)
                .isInstanceOf(WranglerException.class)
                .hasMessageContaining("Migration 0003_broken.sql failed")
                .hasMessageContaining("near \"TABL\": syntax error");
        assertThat(d1.appliedMigrations()).containsExactly("0001_parents.sql", "0002_children.sql");
        assertThat(d1.query(CHILDREN_AND_PARENTS
                        + ", (SELECT count(*) FROM sqlite_master WHERE name = 'orphans') AS orphans"))
                .containsExactly(Map.of("parents", 2, "children", 3, "orphans", 0));
    }

    @Test
    void aFailingQueryThrowsWithWranglersError() {
        LocalD1 d1 = LocalD1.create(dir);
        assertThatThrownBy(() -> d1.query("SELEC 1"))
                .isInstanceOf(WranglerException.class)
                .hasMessageContaining("near \"SELEC\": syntax error")
                .satisfies(e ->
                        assertThat(((WranglerException) e).result().exitCode()).isNotZero());
    }

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(sql)) {
            int columns = resultSet.getMetaData().getColumnCount();
            while (resultSet.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(resultSet.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
