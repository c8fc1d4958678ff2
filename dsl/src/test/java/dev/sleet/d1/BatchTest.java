package dev.sleet.d1;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.fixtures.Apps.APPS;
import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.Sleet;
import dev.sleet.errors.BindingException;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.errors.StatementRefusedException;
import dev.sleet.expr.Functions;
import dev.sleet.fixtures.App;
import dev.sleet.fixtures.EngineTest;
import dev.sleet.fixtures.Engines;
import dev.sleet.fixtures.Engines.Engine;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Screen;
import dev.sleet.fixtures.User;
import dev.sleet.query.Query;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import dev.sleet.types.SqlTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code db.batch(...)}: all of its statements take effect, or none does. */
class BatchTest extends EngineTest {

    private static final Instant T1 = Instant.parse("2024-05-01T08:00:00Z");
    private static final User ADA = new User("u1", "ada@example.com", "Ada", "d1", 30, "pro", T1, false);
    private static final User BOB = new User("u2", "bob@example.com", null, "d2", 10, "free", T1, false);

    /** Two users, an app, a screen with a thumbnail, and a rate bucket. */
    private void seed() {
        db.insertInto(USERS).values(List.of(ADA, BOB)).run();
        db.insertInto(APPS).values(new App(null, "u1", "Alpha")).run();
        db.insertInto(SCREENS)
                .values(new Screen(null, 1, "u1", 0, "Home", new byte[] {1, 0, 2}))
                .run();
        db.insertInto(RATE_BUCKETS).values(new RateBucket("k", 100, 1)).run();
    }

    /** Every row of every fixture table, in rowid order, BLOBs as hex so that the snapshot compares by value. */
    private static Map<String, List<List<Object>>> snapshot(Database database) {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        for (String table : List.of("users", "apps", "screens", "rate_buckets", "sqlite_sequence")) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : database.prepare("SELECT * FROM " + table + " ORDER BY rowid")
                    .raw()) {
                List<Object> copy = new ArrayList<>(row.size());
                for (Object value : row) {
                    copy.add(
                            value instanceof byte[] bytes
                                    ? "x'" + HexFormat.of().formatHex(bytes) + "'"
                                    : value);
                }
                rows.add(copy);
            }
            tables.put(table, rows);
        }
        return tables;
    }

    /** A batch result's rows, typed for assertions. */
    private static List<Object> rows(Results<?> results) {
        return new ArrayList<>(results);
    }

    @Engines.OnBoth
    void aBatchOfInsertsAndUpdatesCommitsEveryStatement(Engine engine) {
        open(engine);

        List<Results<?>> results = db.batch(
                db.insertInto(USERS).values(ADA),
                db.insertInto(USERS).values(BOB),
                db.update(USERS).set(USERS.POINTS, USERS.POINTS.plus(5)).where(USERS.ID.eq("u1")),
                db.insertInto(APPS).values(new App(null, "u2", "Gamma")),
                db.insertInto(RATE_BUCKETS).values(new RateBucket("k", 1, 1)));

        assertThat(results).hasSize(5);
        assertThat(results).allSatisfy(r -> assertThat(r.meta().changes()).isEqualTo(1));
        assertThat(db.select(USERS.ID, USERS.POINTS)
                        .from(USERS)
                        .orderBy(USERS.ID.asc())
                        .all())
                .extracting(t -> t.value1() + "=" + t.value2())
                .containsExactly("u1=35", "u2=10");
        assertThat(db.selectFrom(APPS).all()).containsExactly(new App(1L, "u2", "Gamma"));
        assertThat(db.selectFrom(RATE_BUCKETS).all()).containsExactly(new RateBucket("k", 1, 1));
    }

    @Engines.OnBoth
    void batchResultsComeBackOnePerQueryInOrderAndLaterStatementsSeeEarlierOnes(Engine engine) {
        open(engine);

        List<Results<?>> results = db.batch(
                db.insertInto(USERS).values(ADA),
                db.insertInto(APPS).values(new App(null, "u1", "Alpha")).returning(APPS.ID),
                db.insertInto(APPS).values(new App(null, "u1", "Beta")).returning(),
                db.select(count()).from(APPS),
                db.selectFrom(USERS),
                db.update(USERS).set(USERS.POINTS, 0).where(USERS.ID.eq("nobody")),
                db.deleteFrom(APPS).where(APPS.NAME.eq("Alpha")).returning(APPS.NAME));

        assertThat(results).hasSize(7);
        assertThat(results.get(0)).isEmpty();
        assertThat(results.get(0).meta().changes()).isEqualTo(1);
        assertThat(rows(results.get(1))).containsExactly(1L);
        assertThat(results.get(1).meta().lastRowId()).isEqualTo(1);
        assertThat(rows(results.get(2))).containsExactly(new App(2L, "u1", "Beta"));
        assertThat(rows(results.get(3))).containsExactly(2L);
        assertThat(results.get(3).meta().changedDb()).isFalse();
        assertThat(rows(results.get(4))).containsExactly(ADA);
        assertThat(results.get(4).columnNames()).hasSize(8);
        assertThat(results.get(5)).isEmpty();
        assertThat(results.get(5).meta().changes()).isZero();
        assertThat(rows(results.get(6))).containsExactly("Alpha");
        assertThat(db.selectFrom(APPS).all()).containsExactly(new App(2L, "u1", "Beta"));
    }

    @Engines.OnBoth
    void aBatchWhoseThirdStatementBreaksUniquenessLeavesNothingBehind(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        ConstraintViolationException e = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.batch(
                        db.update(USERS)
                                .set(USERS.POINTS, 999)
                                .set(USERS.DISPLAY_NAME, "changed")
                                .where(USERS.ID.eq("u1")),
                        db.insertInto(APPS).values(new App(null, "u2", "Delta")),
                        db.insertInto(USERS)
                                .values(new User("u3", "ada@example.com", null, "d3", 0, "free", T1, false)),
                        db.insertInto(RATE_BUCKETS).values(new RateBucket("other", 1, 1))));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(e.d1Message()).contains("UNIQUE constraint failed: users.email");
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void theDatabaseStaysUsableAfterAFailedBatch(Engine engine) {
        open(engine);
        seed();
        List<Query<?>> failing = List.of(
                db.update(USERS).set(USERS.POINTS, USERS.POINTS.plus(1)).where(USERS.ID.eq("u1")),
                db.insertInto(USERS).values(new User("u3", "bob@example.com", null, "d3", 0, "free", T1, false)));

        assertThatThrownBy(() -> db.batch(failing)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> db.batch(failing)).isInstanceOf(ConstraintViolationException.class);
        db.update(USERS)
                .set(USERS.EMAIL, "bob@elsewhere.example")
                .where(USERS.ID.eq("u2"))
                .run();
        List<Results<?>> retried = db.batch(failing);
        db.insertInto(APPS).values(new App(null, "u3", "After")).run();
        List<Results<?>> another = db.batch(
                db.deleteFrom(RATE_BUCKETS), db.insertInto(RATE_BUCKETS).values(new RateBucket("fresh", 2, 2)));

        assertThat(retried).hasSize(2);
        assertThat(another).hasSize(2);
        assertThat(db.select(USERS.POINTS).from(USERS).where(USERS.ID.eq("u1")).first())
                .contains(31);
        assertThat(db.select(USERS.EMAIL).from(USERS).where(USERS.ID.eq("u3")).first())
                .contains("bob@example.com");
        assertThat(db.select(APPS.NAME).from(APPS).orderBy(APPS.ID.asc()).all()).containsExactly("Alpha", "After");
        assertThat(db.selectFrom(RATE_BUCKETS).all()).containsExactly(new RateBucket("fresh", 2, 2));
    }

    @Engines.OnBoth
    void aForeignKeyFailureInTheLastStatementRollsBackTheWholeBatch(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        ConstraintViolationException e = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.batch(
                        db.deleteFrom(SCREENS),
                        db.insertInto(USERS).values(User.of("u3", "d3")),
                        db.update(RATE_BUCKETS).set(RATE_BUCKETS.COUNT, 50),
                        db.insertInto(APPS).values(new App(null, "nobody", "Orphan"))));

        assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.FOREIGN_KEY);
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aFailureInTheFirstStatementRunsNothingAfterIt(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(ADA), db.insertInto(USERS).values(User.of("u3", "d3"))))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aBatchMixesRawPreparedStatementsAndDslQueries(Engine engine) {
        open(engine);

        List<Results<?>> results = db.batch(
                db.prepare("INSERT INTO users (id, device_id, points) VALUES (?, ?, ?)")
                        .bind("r1", "raw", 7),
                db.insertInto(USERS).values(User.of("d1", "dsl")),
                Sleet.dsl().insertInto(USERS).values(User.of("x1", "detached")),
                db.prepare("UPDATE users SET points = points + ? WHERE device_id <> ?")
                        .bind(100, "raw"),
                db.prepare("SELECT id, points FROM users ORDER BY id"));

        assertThat(results).hasSize(5);
        assertThat(results.get(0).meta().changes()).isEqualTo(1);
        assertThat(results.get(3).meta().changes()).isEqualTo(2);
        assertThat(results.get(4)).hasSize(3);
        assertThat(results.get(4)).allSatisfy(row -> assertThat(row).isInstanceOf(Row.class));
        assertThat(results.get(4).stream()
                        .map(row -> ((Row) row).getString("id") + "=" + ((Row) row).getLong("points")))
                .containsExactly("d1=100", "r1=7", "x1=100");
    }

    @Engines.OnBoth
    void aFailingRawStatementRollsBackTheDslStatementsBeforeIt(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u3", "d3")),
                        db.update(USERS).set(USERS.TIER, "gone"),
                        db.prepare("INSERT INTO nosuch (x) VALUES (?)").bind(1)))
                .isInstanceOf(InvalidSqlException.class)
                .hasMessageContaining("no such table: nosuch");

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aBatchWithTheWrongNumberOfBoundValuesRollsBackWhatRanBeforeIt(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u3", "d3")),
                        db.prepare("UPDATE users SET points = ? WHERE id = ?").bind(5)))
                .isInstanceOf(BindingException.class)
                .hasMessageContaining("Wrong number of parameter bindings");

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void anEmptyBatchReturnsAnEmptyList(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThat(db.batch()).isEmpty();
        assertThat(db.batch(List.of())).isEmpty();
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aBatchHoldingARefusedStatementRunsNothing(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u3", "d3")),
                        db.update(USERS).set(USERS.POINTS, 0),
                        db.prepare("BEGIN")))
                .isInstanceOf(StatementRefusedException.class)
                .hasMessageContaining("To execute a transaction");
        assertThatThrownBy(() ->
                        db.batch(db.prepare("COMMIT"), db.insertInto(USERS).values(User.of("u4", "d4"))))
                .isInstanceOf(StatementRefusedException.class);
        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u5", "d5")), db.prepare("PRAGMA journal_mode = DELETE")))
                .isInstanceOf(StatementRefusedException.class);

        assertThat(snapshot(db)).isEqualTo(before);
        db.insertInto(USERS).values(User.of("u6", "d6")).run();
        assertThat(db.select(count()).from(USERS).first()).contains(3L);
    }

    @Engines.OnBoth
    void aBatchHoldingAMultiStatementTextRunsNothing(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u3", "d3")),
                        db.prepare("DELETE FROM apps; DELETE FROM users")))
                .isInstanceOf(InvalidSqlException.class);

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aBatchCanCreateATableAndFillItAndAFailureUndoesTheCreation(Engine engine) {
        open(engine);

        List<Results<?>> created = db.batch(
                db.prepare("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
                db.prepare("INSERT INTO notes (body) VALUES (?)").bind("first"),
                db.prepare("SELECT body FROM notes"));
        assertThatThrownBy(() -> db.batch(
                        db.prepare("CREATE TABLE drafts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
                        db.prepare("INSERT INTO drafts (body) VALUES (?)").bind("draft"),
                        db.prepare("INSERT INTO notes (body) VALUES (?)").bind((Object) null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).kind())
                        .isEqualTo(ConstraintViolationException.Kind.NOT_NULL));

        assertThat(((Row) created.get(2).get(0)).getString("body")).isEqualTo("first");
        assertThat(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('notes', 'drafts') ORDER BY name")
                        .raw())
                .containsExactly(List.of("notes"));
        assertThat(db.prepare("SELECT count(*) AS n FROM notes").first("n")).contains(1L);
    }

    @Engines.OnBoth
    void aSplitInsertInsideAFailedBatchIsRolledBackToo(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(User.of(String.format("m%03d", i), "bulk"));
        }

        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(many),
                        db.insertInto(RATE_BUCKETS).values(new RateBucket("k", 5, 5))))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Engines.OnBoth
    void aSplitInsertInsideABatchGetsOneMergedResult(Engine engine) {
        open(engine);
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(User.of(String.format("m%03d", i), "bulk"));
        }
        assertThat(db.insertInto(USERS).values(many).toStatements(100)).hasSizeGreaterThan(1);

        List<Results<?>> results = db.batch(
                db.insertInto(USERS).values(many).returning(USERS.ID),
                db.select(count()).from(USERS));

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).hasSize(150);
        assertThat(results.get(0).get(0)).isEqualTo("m000");
        assertThat(results.get(0).get(149)).isEqualTo("m149");
        assertThat(results.get(0).meta().changes()).isEqualTo(150);
        assertThat(rows(results.get(1))).containsExactly(150L);
    }

    @Engines.OnBoth
    void aBatchWhoseRowCannotBeReadRollsBack(Engine engine) {
        open(engine);
        seed();
        Map<String, List<List<Object>>> before = snapshot(db);

        assertThatThrownBy(() -> db.batch(
                        db.update(USERS).set(USERS.POINTS, 40_000),
                        db.select(Functions.raw(SqlTypes.SHORT, "points")).from(USERS)))
                .isInstanceOf(ArithmeticException.class);

        assertThat(snapshot(db)).isEqualTo(before);
    }

    @Test
    void anotherConnectionToTheFileSeesACommittedBatchAndNothingOfAFailedOne() {
        try (Database writer = Engine.FILE.openWithSchema(dir);
                Database reader = Engine.FILE.open(dir)) {
            writer.batch(
                    writer.insertInto(USERS).values(ADA),
                    writer.insertInto(APPS).values(new App(null, "u1", "A")));
            assertThat(reader.selectFrom(USERS).all()).containsExactly(ADA);
            Map<String, List<List<Object>>> before = snapshot(reader);

            assertThatThrownBy(() -> writer.batch(
                            writer.insertInto(USERS).values(BOB),
                            writer.update(APPS).set(APPS.NAME, "renamed"),
                            writer.insertInto(USERS).values(BOB)))
                    .isInstanceOf(ConstraintViolationException.class);

            assertThat(snapshot(reader)).isEqualTo(before);
        }
    }
}
