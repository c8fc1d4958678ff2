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
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.LimitExceededException;
import dev.sleet.fixtures.App;
import dev.sleet.fixtures.EngineTest;
import dev.sleet.fixtures.Engines;
import dev.sleet.fixtures.Engines.Engine;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Screen;
import dev.sleet.fixtures.User;
import dev.sleet.query.SelectQuery;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import dev.sleet.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** D1 binds at most 100 values per statement; Sleet keeps that limit away from DSL users. */
class LargeInputTest extends EngineTest {

    private static final int ROWS = 10_000;
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

    private static String id(int i) {
        return String.format("user-%05d", i);
    }

    /** A user with every column given, each derived from its index. */
    private static User fullUser(int i) {
        return new User(
                id(i),
                "user" + i + "@example.com",
                i % 2 == 0 ? "Name " + i : null,
                "dev-" + (i % 10),
                i,
                i % 3 == 0 ? "pro" : "free",
                T0.plusMillis(i * 1_001L),
                i % 7 == 0);
    }

    private static List<User> fullUsers() {
        return IntStream.range(0, ROWS).mapToObj(LargeInputTest::fullUser).toList();
    }

    private static List<String> ids(IntStream indexes) {
        return indexes.mapToObj(LargeInputTest::id).toList();
    }

    private void insertPlainUsers() {
        db.insertInto(USERS)
                .values(IntStream.range(0, ROWS)
                        .mapToObj(i -> User.of(id(i), "dev"))
                        .toList())
                .run();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Multi-row inserts

    @Test
    void aTenThousandRowInsertRendersStatementsOfAtMostOneHundredParameters() {
        List<Statement> statements =
                Sleet.dsl().insertInto(USERS).values(fullUsers()).toStatements(100);

        assertThat(statements).hasSizeGreaterThan(1);
        assertThat(statements)
                .allSatisfy(st -> assertThat(st.parameters().size()).isLessThanOrEqualTo(100));
        assertThat(statements.stream().mapToInt(st -> st.parameters().size()).sum())
                .isEqualTo(ROWS * 8);
    }

    @Engines.OnBoth
    void insertingTenThousandRecordsInOneCallStoresEveryRowExactly(Engine engine) {
        open(engine);
        List<User> users = fullUsers();

        Meta meta = db.insertInto(USERS).values(users).run();

        assertThat(meta.changes()).isEqualTo(ROWS);
        assertThat(meta.changedDb()).isTrue();
        assertThat(meta.lastRowId()).isEqualTo(ROWS);
        assertThat(db.select(count()).from(USERS).first()).contains((long) ROWS);
        assertThat(db.selectFrom(USERS).orderBy(USERS.ID.asc()).all()).containsExactlyElementsOf(users);
    }

    @Engines.OnBoth
    void insertingTenThousandRecordsThatLeaveOutDifferentDefaultsKeepsOrderAndDefaults(Engine engine) {
        open(engine);
        List<User> users = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            boolean defaults = (i / 7) % 2 == 0;
            users.add(new User(id(i), null, null, "dev", defaults ? null : i, defaults ? null : "pro", null, false));
        }

        Meta meta = db.insertInto(USERS).values(users).run();

        assertThat(meta.changes()).isEqualTo(ROWS);
        List<User> stored = db.selectFrom(USERS).orderBy(USERS.ID.asc()).all();
        assertThat(stored).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            boolean defaults = (i / 7) % 2 == 0;
            User u = stored.get(i);
            assertThat(u.id()).isEqualTo(id(i));
            assertThat(u.points()).isEqualTo(defaults ? 0 : i);
            assertThat(u.tier()).isEqualTo(defaults ? "free" : "pro");
            assertThat(u.createdAt()).isNotNull();
        }
        assertThat(db.prepare("SELECT id FROM users ORDER BY rowid").raw().stream()
                        .map(r -> r.get(0))
                        .toList())
                .as("rows are written in the order given")
                .isEqualTo(ids(IntStream.range(0, ROWS)));
    }

    @Engines.OnBoth
    void insertingTenThousandRecordsWithReturningGivesEveryRowBackInOrder(Engine engine) {
        open(engine);

        Results<String> ids =
                db.insertInto(USERS).values(fullUsers()).returning(USERS.ID).all();

        assertThat(ids).containsExactlyElementsOf(ids(IntStream.range(0, ROWS)));
        assertThat(ids.meta().changes()).isEqualTo(ROWS);
    }

    @Engines.OnBoth
    void aTenThousandRowInsertWhoseLastRowBreaksUniquenessLeavesNoRows(Engine engine) {
        open(engine);
        List<User> users = new ArrayList<>(fullUsers());
        User last = users.get(ROWS - 1);
        users.set(ROWS - 1, new User(last.id(), users.get(0).email(), null, "dev", 1, "free", T0, false));

        ConstraintViolationException e = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.insertInto(USERS).values(users).run());

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(db.select(count()).from(USERS).first()).contains(0L);
    }

    @Engines.OnBoth
    void aTenThousandRowInsertWhoseLastRowRepeatsAPrimaryKeyLeavesNoRows(Engine engine) {
        open(engine);
        List<User> users = new ArrayList<>(
                IntStream.range(0, ROWS).mapToObj(i -> User.of(id(i), "dev")).toList());
        users.set(ROWS - 1, User.of(id(0), "dev"));

        assertThatThrownBy(() -> db.insertInto(USERS).values(users).run())
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).kind())
                        .isEqualTo(ConstraintViolationException.Kind.PRIMARY_KEY));

        assertThat(db.select(count()).from(USERS).first()).contains(0L);
        db.insertInto(USERS).values(User.of("after", "dev")).run();
        assertThat(db.select(count()).from(USERS).first()).contains(1L);
    }

    @Engines.OnBoth
    void aTenThousandRowInsertWhoseLastRowLacksARequiredValueIsRefusedBeforeAnythingRuns(Engine engine) {
        open(engine);
        List<User> users = new ArrayList<>(
                IntStream.range(0, ROWS).mapToObj(i -> User.of(id(i), "dev")).toList());
        users.set(ROWS - 1, User.of(id(ROWS - 1), null));

        assertThatThrownBy(() -> db.insertInto(USERS).values(users).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device_id");

        assertThat(db.select(count()).from(USERS).first()).contains(0L);
    }

    @Engines.OnBoth
    void aTenThousandRowUpsertWithABoundUpdateValueStaysUnderTheLimit(Engine engine) {
        open(engine);
        List<RateBucket> buckets = IntStream.range(0, ROWS)
                .mapToObj(i -> new RateBucket("k" + i, i, 1))
                .toList();
        var upsert = db.insertInto(RATE_BUCKETS)
                .values(buckets)
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(
                        RATE_BUCKETS.COUNT,
                        RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()).plus(10));

        assertThat(upsert.toStatements(100))
                .allSatisfy(st -> assertThat(st.parameters().size()).isLessThanOrEqualTo(100));
        Meta first = upsert.run();
        Meta second = upsert.run();

        assertThat(first.changes()).isEqualTo(ROWS);
        assertThat(second.changes()).isEqualTo(ROWS);
        assertThat(db.select(RATE_BUCKETS.COUNT).from(RATE_BUCKETS).distinct().all())
                .containsExactly(12);
        assertThat(db.select(count()).from(RATE_BUCKETS).first()).contains((long) ROWS);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Long IN lists

    @Engines.OnBoth
    void inWithFiveThousandIdsSelectsExactlyThoseRowsInOneStatement(Engine engine) {
        open(engine);
        insertPlainUsers();
        List<String> evens = ids(IntStream.range(0, ROWS).filter(i -> i % 2 == 0));
        assertThat(evens).hasSize(5_000);

        SelectQuery<String> query =
                db.select(USERS.ID).from(USERS).where(USERS.ID.in(evens)).orderBy(USERS.ID.asc());

        assertThat(query.toStatement().parameters()).hasSize(1);
        assertThat(query.all()).containsExactlyElementsOf(evens);
    }

    @Engines.OnBoth
    void notInWithFiveThousandIdsSelectsEveryOtherRow(Engine engine) {
        open(engine);
        insertPlainUsers();
        List<String> evens = ids(IntStream.range(0, ROWS).filter(i -> i % 2 == 0));
        List<String> odds = ids(IntStream.range(0, ROWS).filter(i -> i % 2 == 1));

        SelectQuery<String> query =
                db.select(USERS.ID).from(USERS).where(USERS.ID.notIn(evens)).orderBy(USERS.ID.asc());

        assertThat(query.toStatement().parameters()).hasSize(1);
        assertThat(query.all()).containsExactlyElementsOf(odds);
    }

    @Engines.OnBoth
    void inWithFiveThousandLongsOnAnIntegerColumnMatchesExactValuesIncludingHugeOnes(Engine engine) {
        open(engine);
        // Pairs of neighbouring values: the even row holds v, the odd row v - 1, so any loss of precision matches both.
        List<RateBucket> buckets = new ArrayList<>(ROWS);
        List<Long> wanted = new ArrayList<>();
        List<Integer> expectedCounts = new ArrayList<>();
        for (int i = 0; i < ROWS; i += 2) {
            int pair = i / 2;
            long v = switch (pair % 4) {
                case 0 -> Long.MAX_VALUE - pair;
                case 1 -> Long.MIN_VALUE + 1 + pair;
                case 2 -> (1L << 53) + 1 + pair;
                default -> pair;
            };
            buckets.add(new RateBucket("k" + i, v, i));
            buckets.add(new RateBucket("k" + (i + 1), v - 1, i + 1));
            wanted.add(v);
            expectedCounts.add(i);
        }
        db.insertInto(RATE_BUCKETS).values(buckets).run();
        Collections.reverse(wanted);

        SelectQuery<Integer> query = db.select(RATE_BUCKETS.COUNT)
                .from(RATE_BUCKETS)
                .where(RATE_BUCKETS.WINDOW_START.in(wanted))
                .orderBy(RATE_BUCKETS.COUNT.asc());
        SelectQuery<Integer> others = db.select(RATE_BUCKETS.COUNT)
                .from(RATE_BUCKETS)
                .where(RATE_BUCKETS.WINDOW_START.notIn(wanted))
                .orderBy(RATE_BUCKETS.COUNT.asc());

        assertThat(wanted).hasSize(5_000);
        assertThat(query.toStatement().parameters()).hasSize(1);
        assertThat(query.all()).containsExactlyElementsOf(expectedCounts);
        assertThat(others.all())
                .containsExactlyElementsOf(
                        expectedCounts.stream().map(c -> c + 1).toList());
    }

    @Engines.OnBoth
    void inListsOnEitherSideOfTheInlineThresholdSelectTheSameRows(Engine engine) {
        open(engine);
        insertPlainUsers();
        List<String> twenty = ids(IntStream.range(100, 120));
        List<String> twentyOne = ids(IntStream.range(100, 121));

        SelectQuery<String> inline =
                db.select(USERS.ID).from(USERS).where(USERS.ID.in(twenty)).orderBy(USERS.ID.asc());
        SelectQuery<String> json =
                db.select(USERS.ID).from(USERS).where(USERS.ID.in(twentyOne)).orderBy(USERS.ID.asc());

        assertThat(inline.toStatement().parameters()).hasSize(20);
        assertThat(json.toStatement().parameters()).hasSize(1);
        assertThat(inline.all()).containsExactlyElementsOf(twenty);
        assertThat(json.all()).containsExactlyElementsOf(twentyOne);
    }

    @Engines.OnBoth
    void longInListsMatchTextThatJsonMustEscape(Engine engine) {
        open(engine);
        List<String> awkward = new ArrayList<>();
        String[] shapes = {
            "q\"uote",
            "back\\slash",
            "emoji 😀",
            "tab\tbed",
            "new\nline",
            "accént",
            "sla/sh",
            "\u2028sep",
            "'single'",
            "[1,2]"
        };
        for (int i = 0; i < 30; i++) {
            awkward.add(shapes[i % shapes.length] + " " + i);
        }
        db.insertInto(USERS)
                .values(awkward.stream().map(s -> User.of(s, "dev")).toList())
                .run();
        db.insertInto(USERS).values(User.of("plain", "dev")).run();

        List<String> found =
                db.select(USERS.ID).from(USERS).where(USERS.ID.in(awkward)).all();

        assertThat(found).containsExactlyInAnyOrderElementsOf(awkward);
    }

    @Engines.OnBoth
    void inWithOneHundredFiftyBlobValuesStaysWithinTheParameterLimit(Engine engine) {
        // Expression.in: "any number of values fits in one statement under D1's 100-parameter limit".
        open(engine);
        db.insertInto(USERS).values(User.of("owner", "dev")).run();
        db.insertInto(APPS).values(new App(null, "owner", "app")).run();
        List<byte[]> thumbnails = new ArrayList<>();
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] thumbnail = {0, (byte) i, (byte) (i >> 8), (byte) 0xff};
            thumbnails.add(thumbnail);
            screens.add(new Screen(null, 1, "owner", i, "s" + i, thumbnail));
        }
        db.insertInto(SCREENS).values(screens).run();
        List<byte[]> wanted = thumbnails.subList(0, 150);

        SelectQuery<Integer> query = db.select(SCREENS.FLOW_INDEX)
                .from(SCREENS)
                .where(SCREENS.THUMBNAIL.in(wanted))
                .orderBy(SCREENS.FLOW_INDEX.asc());

        assertThat(query.toStatement().parameters().size()).isLessThanOrEqualTo(100);
        assertThat(query.all())
                .containsExactlyElementsOf(IntStream.range(0, 150).boxed().toList());
    }

    @Engines.OnBoth
    void updateAndDeleteWithFiveThousandIdsTouchExactlyThoseRows(Engine engine) {
        open(engine);
        insertPlainUsers();
        List<String> first = ids(IntStream.range(0, 5_000));
        List<String> last = ids(IntStream.range(5_000, ROWS));

        Meta updated =
                db.update(USERS).set(USERS.POINTS, 7).where(USERS.ID.in(first)).run();
        Meta deleted = db.deleteFrom(USERS).where(USERS.ID.in(last)).run();

        assertThat(updated.changes()).isEqualTo(5_000);
        assertThat(deleted.changes()).isEqualTo(5_000);
        assertThat(db.select(USERS.POINTS).from(USERS).distinct().all()).containsExactly(7);
        assertThat(db.select(count()).from(USERS).first()).contains(5_000L);
    }

    @Engines.OnBoth
    void inWithRepeatedValuesReturnsEachRowOnce(Engine engine) {
        open(engine);
        insertPlainUsers();
        List<String> repeated = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            repeated.addAll(ids(IntStream.range(0, 2_000)));
        }

        assertThat(db.select(count()).from(USERS).where(USERS.ID.in(repeated)).first())
                .contains(2_000L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Raw SQL is the user's own: D1's limit applies

    @Engines.OnBoth
    void rawSqlWithOneHundredParametersRuns(Engine engine) {
        open(engine);
        Object[] values = IntStream.range(0, 100).boxed().toArray();

        Row row = db.prepare("SELECT " + "?, ".repeat(99) + "? AS last")
                .bind(values)
                .first()
                .orElseThrow();

        assertThat(row.get("last")).isEqualTo(99L);
    }

    @Engines.OnBoth
    void rawSqlWithOneHundredAndOneParametersIsRefusedAsD1Would(Engine engine) {
        open(engine);
        Object[] values = IntStream.range(0, 101).boxed().toArray();

        LimitExceededException e = catchThrowableOfType(
                LimitExceededException.class,
                () -> db.prepare("SELECT " + "?, ".repeat(100) + "?")
                        .bind(values)
                        .all());

        assertThat(e).isNotNull();
        assertThat(e.d1Message()).startsWith("D1_ERROR: too many SQL variables");
    }
}
