package dev.sleet.conformance;

import static dev.sleet.conformance.schema.Authors.AUTHORS;
import static dev.sleet.conformance.schema.Posts.POSTS;
import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.conformance.schema.Author;
import dev.sleet.conformance.schema.Post;
import dev.sleet.d1.Database;
import dev.sleet.tuple.Tuple3;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DSL's queries give the same answers on every engine. */
class DslConformanceTest {

    private static Database seeded(Engine engine) {
        Database db = Schema.create(engine.open());
        db.batch(
                db.insertInto(AUTHORS)
                        .values(List.of(
                                new Author(1L, "ada", 10L), new Author(2L, "brian", null), new Author(3L, "cy", 30L))),
                db.insertInto(POSTS)
                        .values(List.of(
                                new Post(null, 1, "engines", 5, true),
                                new Post(null, 1, "notes", 1, false),
                                new Post(null, 3, "limits", 7, true))));
        return db;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void firstAndAllMapWholeRows(Engine engine) {
        try (Database db = seeded(engine)) {
            assertThat(db.selectFrom(AUTHORS).where(AUTHORS.NAME.eq("cy")).first())
                    .contains(new Author(3L, "cy", 30L));
            assertThat(db.selectFrom(AUTHORS).where(AUTHORS.SCORE.isNull()).all())
                    .containsExactly(new Author(2L, "brian", null));
            assertThat(db.selectFrom(AUTHORS).where(AUTHORS.NAME.eq("nobody")).first())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void joinsGroupAndOrder(Engine engine) {
        try (Database db = seeded(engine)) {
            List<Tuple3<String, Long, Integer>> perAuthor = db.select(AUTHORS.NAME, count(POSTS.ID), sum(POSTS.STARS))
                    .from(AUTHORS)
                    .leftJoin(POSTS)
                    .on(POSTS.AUTHOR_ID.eq(AUTHORS.ID))
                    .groupBy(AUTHORS.NAME)
                    .orderBy(AUTHORS.NAME.asc())
                    .all();

            assertThat(perAuthor)
                    .containsExactly(
                            new Tuple3<>("ada", 2L, 6), new Tuple3<>("brian", 0L, null), new Tuple3<>("cy", 1L, 7));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upsertReturningAndDelete(Engine engine) {
        try (Database db = seeded(engine)) {
            Optional<Long> score = db.insertInto(AUTHORS)
                    .values(new Author(null, "ada", 5L))
                    .onConflict(AUTHORS.NAME)
                    .doUpdate()
                    .set(AUTHORS.SCORE, AUTHORS.SCORE.plus(AUTHORS.SCORE.excluded()))
                    .returning(AUTHORS.SCORE)
                    .first();
            assertThat(score).contains(15L);

            List<Post> deleted = db.deleteFrom(POSTS)
                    .where(POSTS.PUBLISHED.isFalse())
                    .returning()
                    .all();
            assertThat(deleted).containsExactly(new Post(2L, 1, "notes", 1, false));

            assertThat(db.select(POSTS.TITLE)
                            .from(POSTS)
                            .where(POSTS.TITLE.like("%i%"))
                            .orderBy(POSTS.STARS.desc())
                            .all())
                    .containsExactly("limits", "engines");
        }
    }
}
