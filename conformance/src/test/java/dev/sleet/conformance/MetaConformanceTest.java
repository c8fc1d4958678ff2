package dev.sleet.conformance;

import static dev.sleet.conformance.schema.Authors.AUTHORS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.conformance.schema.Author;
import dev.sleet.d1.Database;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D1's meta: changes, last row id, whether the database changed, and the counts only D1 can know. */
class MetaConformanceTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesReportTheirChangesAndTheLastRowId(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            Meta insert = db.insertInto(AUTHORS)
                    .values(List.of(
                            new Author(null, "ada", 1L), new Author(null, "brian", 2L), new Author(null, "cy", 3L)))
                    .run();
            assertThat(insert.changes()).isEqualTo(3);
            assertThat(insert.lastRowId()).isEqualTo(3);
            assertThat(insert.changedDb()).isTrue();

            Meta update = db.update(AUTHORS)
                    .set(AUTHORS.SCORE, 0L)
                    .where(AUTHORS.SCORE.ge(2L))
                    .run();
            assertThat(update.changes()).isEqualTo(2);

            // In a batch, so that local D1's REST stand-in answers with D1's own meta (a single read goes
            // through raw()).
            Meta select = db.batch(db.prepare("SELECT * FROM authors")).get(0).meta();
            assertThat(select.changes()).isZero();
            assertThat(select.changedDb()).isFalse();
            assertThat(select.duration()).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upsertsReturningAndCtePrefixedWritesReportTheirChanges(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE counters (id INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER NOT NULL)");
            String upsert = "INSERT INTO counters (name, n) VALUES (?, 1) "
                    + "ON CONFLICT (name) DO UPDATE SET n = n + 1 RETURNING n";

            Results<Row> first = db.prepare(upsert).bind("a").all();
            Results<Row> second = db.prepare(upsert).bind("a").all();
            Meta ignored = db.prepare("INSERT INTO counters (name, n) VALUES (?, 1) ON CONFLICT DO NOTHING")
                    .bind("a")
                    .run();
            Meta withInsert = db.prepare("WITH names(x) AS (VALUES ('b'), ('c')) "
                            + "INSERT INTO counters (name, n) SELECT x, 0 FROM names")
                    .run();
            Results<Row> deleted = db.prepare("DELETE FROM counters WHERE n = 0 RETURNING name")
                    .all();

            assertThat(first.get(0).get("n")).isEqualTo(1L);
            assertThat(first.meta().changes()).isEqualTo(1);
            assertThat(second.get(0).get("n")).isEqualTo(2L);
            assertThat(second.meta().changes()).isEqualTo(1);
            assertThat(ignored.changes()).isZero();
            assertThat(withInsert.changes()).isEqualTo(2);
            assertThat(withInsert.lastRowId()).isEqualTo(3);
            assertThat(withInsert.changedDb()).isTrue();
            assertThat(deleted).extracting(row -> row.get("name")).containsExactly("b", "c");
            assertThat(deleted.meta().changes()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rowsReadAndWrittenAreCountedByD1Only(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            Meta insert =
                    db.insertInto(AUTHORS).values(new Author(null, "ada", 1L)).run();
            if (engine.isD1()) {
                assertThat(insert.rowsWritten().orElseThrow()).isPositive();
                assertThat(insert.sizeAfter().orElseThrow()).isPositive();
            } else {
                KnownDifferences.require("meta-counts");
                assertThat(insert.rowsRead()).isEmpty();
                assertThat(insert.rowsWritten()).isEmpty();
                assertThat(insert.sizeAfter()).isEmpty();
            }
        }
    }
}
