package dev.sleet.d1.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached statement stays right as it runs again: its column names after a schema change, its meta after every kind
 * of statement, and its values after a large one was released.
 */
class StatementReuseTest {

    private final Database db = Sleet.sqliteInMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCachedSelectStarReportsTheColumnsASchemaChangeGaveIt() {
        db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x')");
        assertThat(db.prepare("SELECT * FROM t").all().columnNames()).containsExactly("a", "b");

        db.prepare("ALTER TABLE t RENAME COLUMN b TO c").run();
        assertThat(db.prepare("SELECT * FROM t").all().columnNames()).containsExactly("a", "c");
        assertThat(db.prepare("SELECT * FROM t").first().orElseThrow().get("c")).isEqualTo("x");

        db.exec("ALTER TABLE t ADD COLUMN d INTEGER DEFAULT 7");
        Row row = db.prepare("SELECT * FROM t").first().orElseThrow();
        assertThat(row.columnNames()).containsExactly("a", "c", "d");
        assertThat(row.get("d")).isEqualTo(7L);
    }

    @Test
    void metaIsRightForEveryKindOfStatementRunAgain() {
        db.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)").run();
        for (int i = 1; i <= 3; i++) {
            Meta inserted = db.prepare("INSERT INTO t (v) VALUES (?)").bind(i).run();
            assertThat(inserted.lastRowId()).isEqualTo(i);
            assertThat(inserted.changes()).isEqualTo(1);
            assertThat(inserted.changedDb()).isTrue();
        }
        Meta updated =
                db.prepare("UPDATE t SET v = v + 1 WHERE id >= ?").bind(2).run();
        assertThat(updated.changes()).isEqualTo(2);
        assertThat(updated.changedDb()).isTrue();
        assertThat(updated.lastRowId()).isEqualTo(3);

        Meta none = db.prepare("UPDATE t SET v = v + 1 WHERE id >= ?").bind(10).run();
        assertThat(none.changes()).isZero();
        assertThat(none.changedDb()).isFalse();

        Meta read = db.prepare("SELECT * FROM t WHERE id = ?").bind(1).run();
        assertThat(read.changes()).isZero();
        assertThat(read.changedDb()).isFalse();

        Meta withInsert = db.prepare("WITH n(x) AS (VALUES (?)) INSERT INTO t (v) SELECT x FROM n")
                .bind(9)
                .run();
        assertThat(withInsert.changedDb()).isTrue();
        assertThat(withInsert.lastRowId()).isEqualTo(4);

        Meta deleted = db.prepare("DELETE FROM t WHERE v = ?").bind(9).run();
        assertThat(deleted.changes()).isEqualTo(1);
        assertThat(deleted.lastRowId()).isEqualTo(4);
    }

    @Test
    void aStatementRunsAgainWithNewValuesAfterALargeOneWasReleased() {
        db.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)").run();
        String large = "x".repeat(100_000);
        db.prepare("INSERT INTO t (body) VALUES (?)").bind(large).run();
        db.prepare("INSERT INTO t (body) VALUES (?)").bind("small").run();
        List<Object> lengths = db.prepare("SELECT length(body) FROM t ORDER BY id").raw().stream()
                .map(values -> values.get(0))
                .toList();
        assertThat(lengths).containsExactly(100_000L, 5L);
    }

    @Test
    void aSchemaChangeUndoneByAFailedBatchLeavesNoStaleColumnNames() {
        db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x')");

        assertThatThrownBy(() -> db.batch(
                        db.prepare("ALTER TABLE t ADD COLUMN c INTEGER"),
                        db.prepare("SELECT * FROM t"),
                        db.prepare("INSERT INTO nowhere VALUES (1)")))
                .isInstanceOf(D1Exception.class);

        Results<Row> rows = db.prepare("SELECT * FROM t").all();
        assertThat(rows.columnNames()).containsExactly("a", "b");
        assertThat(rows.get(0).get("b")).isEqualTo("x");
    }

    @Test
    void aColumnAddedThroughAnotherConnectionShowsUp(@TempDir Path dir) {
        Path file = dir.resolve("shared.db");
        try (Database reader = Sleet.sqlite(file);
                Database writer = Sleet.sqlite(file)) {
            writer.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x')");
            assertThat(reader.prepare("SELECT * FROM t").all().columnNames()).containsExactly("a", "b");

            writer.exec("ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 3");

            Row row = reader.prepare("SELECT * FROM t").first().orElseThrow();
            assertThat(row.columnNames()).containsExactly("a", "b", "c");
            assertThat(row.get("c")).isEqualTo(3L);
        }
    }

    @Test
    void theLastRowIdFollowsInsertsMadeByAScript() {
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
        assertThat(db.prepare("INSERT INTO t (v) VALUES (1)").run().lastRowId()).isEqualTo(1);

        db.exec("INSERT INTO t (v) VALUES (2); INSERT INTO t (v) VALUES (3)");

        assertThat(db.prepare("UPDATE t SET v = 0 WHERE id = 1").run().lastRowId())
                .isEqualTo(3);
    }
}
