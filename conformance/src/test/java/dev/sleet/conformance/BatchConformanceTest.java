package dev.sleet.conformance;

import static dev.sleet.conformance.schema.Authors.AUTHORS;
import static dev.sleet.conformance.schema.Posts.POSTS;
import static dev.sleet.expr.Functions.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.conformance.schema.Author;
import dev.sleet.conformance.schema.Post;
import dev.sleet.d1.Database;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.result.Results;
import dev.sleet.tuple.Tuple2;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch commits all its statements or none, and answers one result per statement. */
class BatchConformanceTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailingStatementUndoesTheWholeBatch(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            db.insertInto(AUTHORS).values(new Author(null, "ada", null)).run();

            assertThatThrownBy(() -> db.batch(
                            db.update(AUTHORS).set(AUTHORS.SCORE, 10L).where(AUTHORS.NAME.eq("ada")),
                            db.insertInto(POSTS).values(new Post(null, 1, "first", 0, true)),
                            db.insertInto(AUTHORS).values(new Author(null, "ada", null))))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("UNIQUE constraint failed: authors.name")
                    .extracting(e -> ((ConstraintViolationException) e).kind())
                    .isEqualTo(ConstraintViolationException.Kind.UNIQUE);

            assertThat(db.selectFrom(AUTHORS).all()).containsExactly(new Author(1L, "ada", null));
            assertThat(db.select(count()).from(POSTS).first()).contains(0L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSyntaxErrorLateInTheBatchUndoesTheEarlierStatements(Engine engine) {
        try (Database db = engine.open()) {
            assertThatThrownBy(() -> db.batch(
                            db.prepare("CREATE TABLE made (x INTEGER)"),
                            db.prepare("INSERT INTO made VALUES (1)"),
                            db.prepare("INSERT INTO made VALUES (")))
                    .isInstanceOf(InvalidSqlException.class)
                    .hasMessageContaining("incomplete input");

            assertThat(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'made'")
                            .first("n"))
                    .contains(0L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachStatementAnswersItsOwnRowsAndMeta(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            List<Results<?>> results = db.batch(
                    db.insertInto(AUTHORS).values(List.of(new Author(null, "ada", 1L), new Author(null, "brian", 2L))),
                    db.update(AUTHORS)
                            .set(AUTHORS.SCORE, AUTHORS.SCORE.plus(1L))
                            .where(AUTHORS.NAME.eq("brian")),
                    db.select(AUTHORS.NAME, AUTHORS.SCORE).from(AUTHORS).orderBy(AUTHORS.NAME.asc()));

            assertThat(results).hasSize(3);
            assertThat(results.get(0).meta().changes()).isEqualTo(2);
            assertThat(results.get(0).meta().lastRowId()).isEqualTo(2);
            assertThat(results.get(1).meta().changes()).isEqualTo(1);
            assertThat(List.copyOf(results.get(2)))
                    .isEqualTo(List.of(new Tuple2<>("ada", 1L), new Tuple2<>("brian", 3L)));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletingAParentCascadesToItsChildrenInsideTheBatch(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            db.batch(
                    db.insertInto(AUTHORS).values(new Author(1L, "ada", null)),
                    db.insertInto(POSTS)
                            .values(List.of(new Post(null, 1, "a", 0, true), new Post(null, 1, "b", 3, false))));

            db.batch(db.deleteFrom(AUTHORS).where(AUTHORS.ID.eq(1L)));

            assertThat(db.select(count()).from(POSTS).first()).contains(0L);
        }
    }
}
