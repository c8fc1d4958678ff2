package dev.sleet.d1;

import static dev.sleet.expr.Functions.caseWhen;
import static dev.sleet.expr.Functions.coalesce;
import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.exists;
import static dev.sleet.expr.Functions.notExists;
import static dev.sleet.expr.Functions.scalar;
import static dev.sleet.expr.Functions.value;
import static dev.sleet.fixtures.Apps.APPS;
import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.Sleet;
import dev.sleet.errors.BindingException;
import dev.sleet.errors.ColumnNotFoundException;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.errors.StatementRefusedException;
import dev.sleet.fixtures.App;
import dev.sleet.fixtures.EngineTest;
import dev.sleet.fixtures.Engines;
import dev.sleet.fixtures.Engines.Engine;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Screen;
import dev.sleet.fixtures.User;
import dev.sleet.result.ExecResult;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import dev.sleet.tuple.Tuple2;
import dev.sleet.tuple.Tuple3;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** D1's verbs on DSL queries and on raw prepared statements, against a real embedded database. */
class DatabaseTest extends EngineTest {

    private static final Instant T1 = Instant.parse("2024-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-02T11:30:00Z");
    private static final Instant T3 = Instant.parse("2024-01-03T12:45:30.250Z");

    private static final User ADA = new User("u1", "ada@example.com", "Ada", "d1", 30, "pro", T1, false);
    private static final User BOB = new User("u2", "bob@example.com", null, "d2", 10, "free", T2, false);
    private static final User CY = new User("u3", null, "Cy", "d3", 20, "free", T3, true);

    private static final List<String> USER_COLUMNS =
            List.of("id", "email", "display_name", "device_id", "points", "tier", "created_at", "is_banned");

    /** Ada owns two apps, Bob one, Cy none. */
    private void seed() {
        db.insertInto(USERS).values(List.of(ADA, BOB, CY)).run();
        db.insertInto(APPS)
                .values(List.of(
                        new App(null, "u1", "Alpha"), new App(null, "u1", "Beta"), new App(null, "u2", "Gamma")))
                .run();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DSL: first / all / run

    @Engines.OnBoth
    void firstReturnsTheMatchingRecordWithDatabaseDefaultsFilledIn(Engine engine) {
        open(engine);
        db.insertInto(USERS).values(User.of("u1", "d1")).run();

        Optional<User> user =
                db.selectFrom(USERS).where(USERS.DEVICE_ID.eq("d1")).first();

        assertThat(user).isPresent();
        User u = user.get();
        assertThat(u.id()).isEqualTo("u1");
        assertThat(u.email()).isNull();
        assertThat(u.points()).isZero();
        assertThat(u.tier()).isEqualTo("free");
        assertThat(u.isBanned()).isFalse();
        assertThat(Duration.between(u.createdAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Engines.OnBoth
    void firstIsEmptyWhenNoRowMatches(Engine engine) {
        open(engine);
        seed();

        assertThat(db.selectFrom(USERS).where(USERS.DEVICE_ID.eq("nobody")).first())
                .isEmpty();
        assertThat(db.selectFrom(APPS).where(APPS.OWNER_ID.eq("u3")).first()).isEmpty();
    }

    @Engines.OnBoth
    void firstReturnsOnlyTheFirstRowInTheRequestedOrder(Engine engine) {
        open(engine);
        seed();

        assertThat(db.selectFrom(USERS).orderBy(USERS.POINTS.desc()).first()).contains(ADA);
        assertThat(db.selectFrom(USERS).orderBy(USERS.POINTS.asc()).first()).contains(BOB);
        assertThat(db.selectFrom(USERS).orderBy(USERS.POINTS.asc()).offset(1).first())
                .contains(CY);
    }

    @Engines.OnBoth
    void allReturnsEveryRowAsRecordsWithColumnNamesAndSelectMeta(Engine engine) {
        open(engine);
        seed();

        Results<User> users = db.selectFrom(USERS).orderBy(USERS.ID.asc()).all();

        assertThat(users).containsExactly(ADA, BOB, CY);
        assertThat(users.columnNames()).isEqualTo(USER_COLUMNS);
        assertThat(users.meta().changes()).isZero();
        assertThat(users.meta().changedDb()).isFalse();
        assertThat(users.meta().duration()).isGreaterThanOrEqualTo(0.0);
        assertThat(users.meta().rowsRead()).isEmpty();
        assertThat(users.meta().rowsWritten()).isEmpty();
        assertThat(users.meta().sizeAfter()).isEmpty();
    }

    @Engines.OnBoth
    void allOfAnEmptyTableIsAnEmptyListThatStillKnowsItsColumns(Engine engine) {
        open(engine);

        Results<App> apps = db.selectFrom(APPS).all();

        assertThat(apps).isEmpty();
        assertThat(apps.columnNames()).containsExactly("id", "owner_id", "name");
    }

    @Engines.OnBoth
    void runOfAnInsertReportsChangesAndTheAutoincrementLastRowId(Engine engine) {
        open(engine);
        db.insertInto(USERS).values(ADA).run();

        Meta first = db.insertInto(APPS).values(new App(null, "u1", "Alpha")).run();
        assertThat(first.changes()).isEqualTo(1);
        assertThat(first.changedDb()).isTrue();
        assertThat(first.lastRowId()).isEqualTo(1);

        Meta three = db.insertInto(APPS)
                .values(List.of(new App(null, "u1", "B"), new App(null, "u1", "C"), new App(null, "u1", "D")))
                .run();
        assertThat(three.changes()).isEqualTo(3);
        assertThat(three.changedDb()).isTrue();
        assertThat(three.lastRowId()).isEqualTo(4);
        assertThat(db.select(APPS.ID).from(APPS).where(APPS.NAME.eq("D")).first())
                .contains(three.lastRowId());
        assertThat(three.rowsRead()).isEmpty();
        assertThat(three.rowsWritten()).isEmpty();
        assertThat(three.sizeAfter()).isEmpty();
    }

    @Engines.OnBoth
    void runOfASelectReportsThatNothingChanged(Engine engine) {
        open(engine);
        seed();

        Meta meta = db.batch(db.selectFrom(USERS)).get(0).meta();

        assertThat(meta.changedDb()).isFalse();
        assertThat(meta.changes()).isZero();
    }

    @Engines.OnBoth
    void runOfAnUpdateMatchingNothingReportsNoChange(Engine engine) {
        open(engine);
        seed();

        Meta meta = db.update(USERS)
                .set(USERS.POINTS, 1)
                .where(USERS.ID.eq("nobody"))
                .run();

        assertThat(meta.changes()).isZero();
        assertThat(meta.changedDb()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DSL: selections

    @Engines.OnBoth
    void selectOfSeveralColumnsReadsTuples(Engine engine) {
        open(engine);
        seed();

        Results<Tuple3<String, Integer, Boolean>> rows = db.select(USERS.ID, USERS.POINTS, USERS.IS_BANNED)
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();

        assertThat(rows)
                .containsExactly(
                        new Tuple3<>("u1", 30, false), new Tuple3<>("u2", 10, false), new Tuple3<>("u3", 20, true));
        assertThat(rows.columnNames()).containsExactly("id", "points", "is_banned");
    }

    record Badge(String id, Integer points) {}

    @Engines.OnBoth
    void selectWithAMapperBuildsRecords(Engine engine) {
        open(engine);
        seed();

        List<Badge> badges = db.select(Badge::new, USERS.ID, USERS.POINTS)
                .from(USERS)
                .orderBy(USERS.POINTS.desc())
                .all();

        assertThat(badges).containsExactly(new Badge("u1", 30), new Badge("u3", 20), new Badge("u2", 10));
    }

    @Engines.OnBoth
    void mapTurnsEachRowIntoSomethingElse(Engine engine) {
        open(engine);
        seed();

        List<String> emails = db.select(USERS.EMAIL)
                .from(USERS)
                .where(USERS.EMAIL.isNotNull())
                .orderBy(USERS.EMAIL.asc())
                .map(String::toUpperCase)
                .all();
        List<String> labels = db.select(USERS.ID, USERS.POINTS)
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .map(t -> t.value1() + ":" + t.value2())
                .all();

        assertThat(emails).containsExactly("ADA@EXAMPLE.COM", "BOB@EXAMPLE.COM");
        assertThat(labels).containsExactly("u1:30", "u2:10", "u3:20");
    }

    @Engines.OnBoth
    void innerJoinReturnsOnlyMatchingPairs(Engine engine) {
        open(engine);
        seed();

        Results<Tuple2<String, String>> rows = db.select(APPS.NAME, USERS.EMAIL)
                .from(APPS)
                .join(USERS)
                .on(APPS.OWNER_ID.eq(USERS.ID))
                .orderBy(APPS.NAME.asc())
                .all();

        assertThat(rows)
                .containsExactly(
                        new Tuple2<>("Alpha", "ada@example.com"),
                        new Tuple2<>("Beta", "ada@example.com"),
                        new Tuple2<>("Gamma", "bob@example.com"));
    }

    @Engines.OnBoth
    void leftJoinReadsTheMissingRightSideColumnsAsNull(Engine engine) {
        open(engine);
        seed();

        Results<Tuple3<String, Long, String>> rows = db.select(USERS.ID, APPS.ID, APPS.NAME)
                .from(USERS)
                .leftJoin(APPS)
                .on(APPS.OWNER_ID.eq(USERS.ID))
                .orderBy(USERS.ID.asc(), APPS.ID.asc())
                .all();

        assertThat(rows)
                .containsExactly(
                        new Tuple3<>("u1", 1L, "Alpha"),
                        new Tuple3<>("u1", 2L, "Beta"),
                        new Tuple3<>("u2", 3L, "Gamma"),
                        new Tuple3<>("u3", null, null));
    }

    @Engines.OnBoth
    void leftJoinOfWholeTablesReadsTheMissingSideAsNull(Engine engine) {
        open(engine);
        seed();

        Results<Tuple2<User, App>> rows = db.select(USERS, APPS)
                .from(USERS)
                .leftJoin(APPS)
                .on(APPS.OWNER_ID.eq(USERS.ID))
                .orderBy(USERS.ID.asc(), APPS.ID.asc())
                .all();

        assertThat(rows)
                .containsExactly(
                        new Tuple2<>(ADA, new App(1L, "u1", "Alpha")),
                        new Tuple2<>(ADA, new App(2L, "u1", "Beta")),
                        new Tuple2<>(BOB, new App(3L, "u2", "Gamma")),
                        new Tuple2<>(CY, null));
        assertThat(rows.columnNames()).hasSize(USER_COLUMNS.size() + 3);
    }

    @Engines.OnBoth
    void groupByWithHavingCountsPerGroup(Engine engine) {
        open(engine);
        seed();

        Results<Tuple2<String, Long>> all = db.select(APPS.OWNER_ID, count())
                .from(APPS)
                .groupBy(APPS.OWNER_ID)
                .orderBy(APPS.OWNER_ID.asc())
                .all();
        Results<Tuple2<String, Long>> busy = db.select(APPS.OWNER_ID, count())
                .from(APPS)
                .groupBy(APPS.OWNER_ID)
                .having(count().gt(1L))
                .all();

        assertThat(all).containsExactly(new Tuple2<>("u1", 2L), new Tuple2<>("u2", 1L));
        assertThat(busy).containsExactly(new Tuple2<>("u1", 2L));
    }

    @Engines.OnBoth
    void orderByNullsLastPutsNullsAfterValuesInBothDirections(Engine engine) {
        open(engine);
        seed();

        List<String> ascending = db.select(USERS.EMAIL)
                .from(USERS)
                .orderBy(USERS.EMAIL.asc().nullsLast())
                .all();
        List<String> descending = db.select(USERS.EMAIL)
                .from(USERS)
                .orderBy(USERS.EMAIL.desc().nullsLast())
                .all();
        List<String> nullsFirst = db.select(USERS.EMAIL)
                .from(USERS)
                .orderBy(USERS.EMAIL.desc().nullsFirst())
                .all();
        List<String> plainAscending =
                db.select(USERS.EMAIL).from(USERS).orderBy(USERS.EMAIL.asc()).all();

        assertThat(ascending).containsExactly("ada@example.com", "bob@example.com", null);
        assertThat(descending).containsExactly("bob@example.com", "ada@example.com", null);
        assertThat(nullsFirst).containsExactly(null, "bob@example.com", "ada@example.com");
        assertThat(plainAscending).containsExactly(null, "ada@example.com", "bob@example.com");
    }

    @Engines.OnBoth
    void limitAndOffsetPageThroughRows(Engine engine) {
        open(engine);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            users.add(User.of(String.format("p%02d", i), "dev"));
        }
        db.insertInto(USERS).values(users).run();

        List<List<String>> pages = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            pages.add(db.select(USERS.ID)
                    .from(USERS)
                    .orderBy(USERS.ID.asc())
                    .limit(10)
                    .offset(page * 10L)
                    .all());
        }

        assertThat(pages.get(0)).hasSize(10).startsWith("p00").endsWith("p09");
        assertThat(pages.get(1)).hasSize(10).startsWith("p10").endsWith("p19");
        assertThat(pages.get(2)).containsExactly("p20", "p21", "p22", "p23", "p24");
        assertThat(pages.get(3)).isEmpty();
        assertThat(db.select(USERS.ID)
                        .from(USERS)
                        .orderBy(USERS.ID.asc())
                        .offset(23)
                        .all())
                .containsExactly("p23", "p24");
    }

    @Engines.OnBoth
    void distinctDropsDuplicateRows(Engine engine) {
        open(engine);
        seed();

        List<String> tiers = db.select(USERS.TIER)
                .from(USERS)
                .distinct()
                .orderBy(USERS.TIER.asc())
                .all();
        List<String> owners = db.select(APPS.OWNER_ID)
                .from(APPS)
                .distinct()
                .orderBy(APPS.OWNER_ID.asc())
                .all();

        assertThat(tiers).containsExactly("free", "pro");
        assertThat(owners).containsExactly("u1", "u2");
    }

    @Engines.OnBoth
    void existsAndNotExistsSubqueriesCorrelateWithTheOuterRow(Engine engine) {
        open(engine);
        seed();

        List<String> owners = db.select(USERS.ID)
                .from(USERS)
                .where(exists(Sleet.dsl().select(APPS.ID).from(APPS).where(APPS.OWNER_ID.eq(USERS.ID))))
                .orderBy(USERS.ID.asc())
                .all();
        List<String> withoutApps = db.select(USERS.ID)
                .from(USERS)
                .where(notExists(Sleet.dsl().select(APPS.ID).from(APPS).where(APPS.OWNER_ID.eq(USERS.ID))))
                .all();

        assertThat(owners).containsExactly("u1", "u2");
        assertThat(withoutApps).containsExactly("u3");
    }

    @Engines.OnBoth
    void scalarSubqueryIsUsedAsAValuePerRow(Engine engine) {
        open(engine);
        seed();

        Results<Tuple2<String, Long>> appCounts = db.select(
                        USERS.ID, scalar(Sleet.dsl().select(count()).from(APPS).where(APPS.OWNER_ID.eq(USERS.ID))))
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();
        List<String> aboveMinimum = db.select(USERS.ID)
                .from(USERS)
                .where(USERS.POINTS.gt(scalar(Sleet.dsl()
                        .select(dev.sleet.expr.Functions.min(USERS.POINTS))
                        .from(USERS))))
                .orderBy(USERS.ID.asc())
                .all();

        assertThat(appCounts).containsExactly(new Tuple2<>("u1", 2L), new Tuple2<>("u2", 1L), new Tuple2<>("u3", 0L));
        assertThat(aboveMinimum).containsExactly("u1", "u3");
    }

    @Engines.OnBoth
    void caseWhenPicksTheFirstMatchingBranchOrTheOtherwiseValue(Engine engine) {
        open(engine);
        seed();

        Results<Tuple2<String, String>> levels = db.select(
                        USERS.ID,
                        caseWhen(USERS.POINTS.ge(25), "gold")
                                .when(USERS.POINTS.ge(15), "silver")
                                .otherwise("bronze"))
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();
        List<String> noOtherwise = db.select(caseWhen(USERS.IS_BANNED, "banned"))
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();

        assertThat(levels)
                .containsExactly(
                        new Tuple2<>("u1", "gold"), new Tuple2<>("u2", "bronze"), new Tuple2<>("u3", "silver"));
        assertThat(noOtherwise).containsExactly(null, null, "banned");
    }

    @Engines.OnBoth
    void coalesceFallsBackWhereTheValueIsNull(Engine engine) {
        open(engine);
        seed();

        List<String> names = db.select(coalesce(USERS.DISPLAY_NAME, "anonymous"))
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();
        List<String> contact = db.select(coalesce(USERS.EMAIL, USERS.DISPLAY_NAME))
                .from(USERS)
                .orderBy(USERS.ID.asc())
                .all();

        assertThat(names).containsExactly("Ada", "anonymous", "Cy");
        assertThat(contact).containsExactly("ada@example.com", "bob@example.com", "Cy");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DSL: writes

    @Engines.OnBoth
    void insertSelectCopiesTheSelectedRows(Engine engine) {
        open(engine);
        seed();

        Meta meta = db.insertInto(RATE_BUCKETS)
                .columns(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.COUNT)
                .select(Sleet.dsl()
                        .select(USERS.ID, value(100L), USERS.POINTS)
                        .from(USERS)
                        .where(USERS.IS_BANNED.isFalse()))
                .run();

        assertThat(meta.changes()).isEqualTo(2);
        assertThat(db.selectFrom(RATE_BUCKETS).orderBy(RATE_BUCKETS.KEY.asc()).all())
                .containsExactly(new RateBucket("u1", 100, 30), new RateBucket("u2", 100, 10));
    }

    @Engines.OnBoth
    void anInsertOfAnEmptyListIsRefusedBeforeAnythingRuns(Engine engine) {
        // InsertQuery.values(List): "a query whose list is empty is refused when it renders, as it inserts nothing".
        open(engine);
        seed();

        assertThatThrownBy(() -> db.insertInto(USERS).values(List.of()).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing to insert");
        assertThatThrownBy(() -> db.batch(
                        db.insertInto(USERS).values(User.of("u4", "d4")),
                        db.insertInto(APPS).values(List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing to insert");

        assertThat(db.select(count()).from(USERS).first()).contains(3L);
    }

    @Engines.OnBoth
    void insertSelectWithAnUpsertUpdatesTheRowsAlreadyThere(Engine engine) {
        open(engine);
        seed();
        var copyPoints = db.insertInto(RATE_BUCKETS)
                .columns(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.COUNT)
                .select(Sleet.dsl().select(USERS.ID, value(100L), USERS.POINTS).from(USERS))
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()));

        Meta first = copyPoints.run();
        Meta second = copyPoints.run();

        assertThat(first.changes()).isEqualTo(3);
        assertThat(second.changes()).isEqualTo(3);
        assertThat(db.selectFrom(RATE_BUCKETS).orderBy(RATE_BUCKETS.KEY.asc()).all())
                .containsExactly(
                        new RateBucket("u1", 100, 60), new RateBucket("u2", 100, 20), new RateBucket("u3", 100, 40));
    }

    @Engines.OnBoth
    void upsertDoNothingKeepsTheExistingRow(Engine engine) {
        open(engine);
        db.insertInto(RATE_BUCKETS).values(new RateBucket("k", 100, 1)).run();

        Meta targeted = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("k", 200, 50))
                .onConflict(RATE_BUCKETS.KEY)
                .doNothing()
                .run();
        Meta untargeted = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("k", 300, 60))
                .onConflictDoNothing()
                .run();
        Meta inserted = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("other", 300, 60))
                .onConflictDoNothing()
                .run();

        assertThat(targeted.changes()).isZero();
        assertThat(targeted.changedDb()).isFalse();
        assertThat(untargeted.changes()).isZero();
        assertThat(inserted.changes()).isEqualTo(1);
        assertThat(db.selectFrom(RATE_BUCKETS).orderBy(RATE_BUCKETS.KEY.asc()).all())
                .containsExactly(new RateBucket("k", 100, 1), new RateBucket("other", 300, 60));
    }

    @Engines.OnBoth
    void upsertDoUpdateWithExcludedIncrementsACounter(Engine engine) {
        open(engine);

        for (int i = 0; i < 3; i++) {
            Meta meta = db.insertInto(RATE_BUCKETS)
                    .values(new RateBucket("k", 100, 1))
                    .onConflict(RATE_BUCKETS.KEY)
                    .doUpdate()
                    .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()))
                    .run();
            assertThat(meta.changes()).isEqualTo(1);
        }
        db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("k", 100, 5))
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(10))
                .run();

        assertThat(db.selectFrom(RATE_BUCKETS).all()).containsExactly(new RateBucket("k", 100, 13));
    }

    @Engines.OnBoth
    void upsertDoUpdateWhereOnlyUpdatesConflictsThatMeetTheCondition(Engine engine) {
        open(engine);
        db.insertInto(RATE_BUCKETS).values(new RateBucket("k", 100, 1)).run();

        Meta otherWindow = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("k", 200, 1))
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
                .where(RATE_BUCKETS.WINDOW_START.eq(RATE_BUCKETS.WINDOW_START.excluded()))
                .run();
        Meta sameWindow = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket("k", 100, 1))
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
                .where(RATE_BUCKETS.WINDOW_START.eq(RATE_BUCKETS.WINDOW_START.excluded()))
                .run();

        assertThat(otherWindow.changes()).isZero();
        assertThat(sameWindow.changes()).isEqualTo(1);
        assertThat(db.selectFrom(RATE_BUCKETS).all()).containsExactly(new RateBucket("k", 100, 2));
    }

    @Engines.OnBoth
    void insertReturningGivesBackGeneratedIdsAndWholeRows(Engine engine) {
        open(engine);
        db.insertInto(USERS).values(ADA).run();

        Optional<Long> id = db.insertInto(APPS)
                .values(new App(null, "u1", "Alpha"))
                .returning(APPS.ID)
                .first();
        Results<App> more = db.insertInto(APPS)
                .values(List.of(new App(null, "u1", "Beta"), new App(null, "u1", "Gamma")))
                .returning()
                .all();
        Optional<User> withDefaults =
                db.insertInto(USERS).values(User.of("u9", "d9")).returning().first();

        assertThat(id).contains(1L);
        assertThat(more).containsExactly(new App(2L, "u1", "Beta"), new App(3L, "u1", "Gamma"));
        assertThat(more.meta().changes()).isEqualTo(2);
        assertThat(withDefaults).isPresent();
        assertThat(withDefaults.get().points()).isZero();
        assertThat(withDefaults.get().tier()).isEqualTo("free");
        assertThat(withDefaults.get().createdAt()).isNotNull();
    }

    @Engines.OnBoth
    void updateReturningGivesBackTheUpdatedRows(Engine engine) {
        open(engine);
        seed();

        Results<User> updated = db.update(USERS)
                .set(USERS.POINTS, USERS.POINTS.plus(10))
                .where(USERS.TIER.eq("free"))
                .returning()
                .all();
        Results<Integer> doubled = db.update(USERS)
                .set(USERS.POINTS, USERS.POINTS.times(2))
                .where(USERS.ID.eq("u1"))
                .returning(USERS.POINTS)
                .all();

        assertThat(updated)
                .extracting(User::id, User::points)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("u2", 20), org.assertj.core.groups.Tuple.tuple("u3", 30));
        assertThat(updated.meta().changes()).isEqualTo(2);
        assertThat(doubled).containsExactly(60);
    }

    @Engines.OnBoth
    void deleteReturningGivesBackTheDeletedRows(Engine engine) {
        open(engine);
        seed();

        Results<String> deleted =
                db.deleteFrom(USERS).where(USERS.IS_BANNED).returning(USERS.ID).all();

        assertThat(deleted).containsExactly("u3");
        assertThat(deleted.meta().changes()).isEqualTo(1);
        assertThat(db.select(USERS.ID).from(USERS).orderBy(USERS.ID.asc()).all())
                .containsExactly("u1", "u2");
    }

    @Engines.OnBoth
    void updateWithArithmeticChangesOnlyTheMatchedRows(Engine engine) {
        open(engine);
        seed();

        Meta meta = db.update(USERS)
                .set(USERS.POINTS, USERS.POINTS.plus(10))
                .where(USERS.ID.ne("u2"))
                .run();

        assertThat(meta.changes()).isEqualTo(2);
        assertThat(meta.changedDb()).isTrue();
        assertThat(db.select(USERS.ID, USERS.POINTS)
                        .from(USERS)
                        .orderBy(USERS.ID.asc())
                        .all())
                .containsExactly(new Tuple2<>("u1", 40), new Tuple2<>("u2", 10), new Tuple2<>("u3", 30));
    }

    @Engines.OnBoth
    void updateOfSeveralColumnsSetsValuesAndNull(Engine engine) {
        open(engine);
        seed();

        db.update(USERS)
                .set(USERS.EMAIL, (String) null)
                .set(USERS.TIER, "pro")
                .set(USERS.IS_BANNED, false)
                .where(USERS.ID.eq("u3"))
                .run();

        User cy = db.selectFrom(USERS).where(USERS.ID.eq("u3")).first().orElseThrow();
        assertThat(cy.email()).isNull();
        assertThat(cy.tier()).isEqualTo("pro");
        assertThat(cy.isBanned()).isFalse();
    }

    @Engines.OnBoth
    void deleteRemovesTheMatchedRowsAndCascadesWithoutCountingTheCascade(Engine engine) {
        open(engine);
        seed();

        Meta apps = db.deleteFrom(APPS).where(APPS.NAME.eq("Gamma")).run();
        Meta ada = db.deleteFrom(USERS).where(USERS.ID.eq("u1")).run();

        assertThat(apps.changes()).isEqualTo(1);
        assertThat(ada.changes()).isEqualTo(1);
        assertThat(db.select(USERS.ID).from(USERS).orderBy(USERS.ID.asc()).all())
                .containsExactly("u2", "u3");
        assertThat(db.selectFrom(APPS).all()).isEmpty();
    }

    @Engines.OnBoth
    void deleteWithoutWhereRemovesEveryRow(Engine engine) {
        open(engine);
        seed();

        Meta meta = db.deleteFrom(APPS).run();

        assertThat(meta.changes()).isEqualTo(3);
        assertThat(db.selectFrom(APPS).all()).isEmpty();
    }

    @Engines.OnBoth
    void blobsAndNullableColumnsRoundTripThroughTheDsl(Engine engine) {
        open(engine);
        seed();
        byte[] thumbnail = {0, 1, 2, (byte) 0xff, 0};

        long id = db.insertInto(SCREENS)
                .values(new Screen(null, 1, "u1", 0, null, thumbnail))
                .returning(SCREENS.ID)
                .first()
                .orElseThrow();
        Screen screen = db.selectFrom(SCREENS).where(SCREENS.ID.eq(id)).first().orElseThrow();

        assertThat(screen.title()).isNull();
        assertThat(screen.thumbnail()).containsExactly(thumbnail);
        assertThat(screen.appId()).isEqualTo(1);
    }

    @Engines.OnBoth
    void constraintViolationsThrowTheirKind(Engine engine) {
        open(engine);
        seed();

        ConstraintViolationException unique = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.insertInto(USERS)
                        .values(new User("u9", "ada@example.com", null, "d", 0, "free", T1, false))
                        .run());
        ConstraintViolationException primaryKey = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.insertInto(USERS).values(User.of("u1", "d")).run());
        ConstraintViolationException foreignKey = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.insertInto(APPS).values(new App(null, "nobody", "x")).run());

        assertThat(unique.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(unique.d1Message()).startsWith("D1_ERROR: UNIQUE constraint failed: users.email");
        assertThat(primaryKey.kind()).isEqualTo(ConstraintViolationException.Kind.PRIMARY_KEY);
        assertThat(foreignKey.kind()).isEqualTo(ConstraintViolationException.Kind.FOREIGN_KEY);
        assertThat(db.selectFrom(USERS).all()).hasSize(3);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Raw prepared statements

    @Engines.OnBoth
    void rawFirstReturnsTheFirstRowOrEmpty(Engine engine) {
        open(engine);
        seed();

        Optional<Row> row = db.prepare("SELECT id, points FROM users WHERE device_id = ?")
                .bind("d2")
                .first();
        Optional<Row> none = db.prepare("SELECT id, points FROM users WHERE device_id = ?")
                .bind("zz")
                .first();

        assertThat(row).isPresent();
        assertThat(row.get().toMap())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("id", "u2"),
                        org.assertj.core.api.Assertions.entry("points", 10L));
        assertThat(none).isEmpty();
    }

    @Engines.OnBoth
    void rawFirstOfAColumnReturnsItsStorageValue(Engine engine) {
        open(engine);
        seed();

        assertThat(db.prepare("SELECT * FROM users WHERE id = ?").bind("u1").first("points"))
                .contains(30L);
        assertThat(db.prepare("SELECT * FROM users WHERE id = ?").bind("u1").first("email"))
                .contains("ada@example.com");
        assertThat(db.prepare("SELECT * FROM users WHERE id = ?").bind("u3").first("email"))
                .isEmpty();
        assertThat(db.prepare("SELECT * FROM users WHERE id = ?").bind("zz").first("email"))
                .isEmpty();
        assertThat(db.prepare("SELECT 2.5 AS r").first("r")).contains(2.5);
    }

    @Engines.OnBoth
    void rawFirstOfAColumnConvertsToTheRequestedClass(Engine engine) {
        open(engine);
        seed();

        Optional<Long> points =
                db.prepare("SELECT points FROM users WHERE id = ?").bind("u1").first("points", Long.class);
        Optional<Integer> asInt =
                db.prepare("SELECT points FROM users WHERE id = ?").bind("u1").first("points", Integer.class);
        Optional<Instant> created = db.prepare("SELECT created_at FROM users WHERE id = ?")
                .bind("u3")
                .first("created_at", Instant.class);
        Optional<Boolean> banned = db.prepare("SELECT is_banned FROM users WHERE id = ?")
                .bind("u3")
                .first("is_banned", Boolean.class);
        Optional<Long> none =
                db.prepare("SELECT points FROM users WHERE id = ?").bind("zz").first("points", Long.class);

        assertThat(points).contains(30L);
        assertThat(asInt).contains(30);
        assertThat(created).contains(T3);
        assertThat(banned).contains(true);
        assertThat(none).isEmpty();
    }

    @Engines.OnBoth
    void rawFirstOfAMissingColumnThrowsColumnNotFound(Engine engine) {
        open(engine);
        seed();

        ColumnNotFoundException e = catchThrowableOfType(
                ColumnNotFoundException.class,
                () -> db.prepare("SELECT id FROM users").first("nosuch"));
        ColumnNotFoundException typed = catchThrowableOfType(
                ColumnNotFoundException.class,
                () -> db.prepare("SELECT id FROM users").first("nosuch", Long.class));

        assertThat(e.d1Message()).isEqualTo("D1_COLUMN_NOTFOUND: Column not found (nosuch)");
        assertThat(e.code()).isEqualTo("D1_COLUMN_NOTFOUND");
        assertThat(e.sql()).isEqualTo("SELECT id FROM users");
        assertThat(typed.d1Message()).isEqualTo("D1_COLUMN_NOTFOUND: Column not found (nosuch)");
    }

    @Engines.OnBoth
    void rawAllReturnsRowsWithColumnNamesAndMeta(Engine engine) {
        open(engine);
        seed();

        Results<Row> rows = db.prepare("SELECT id, email, points FROM users WHERE points >= ? ORDER BY id")
                .bind(20)
                .all();

        assertThat(rows.columnNames()).containsExactly("id", "email", "points");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactly("u1", "ada@example.com", 30L);
        assertThat(rows.get(1).values()).containsExactly("u3", null, 20L);
        assertThat(rows.meta().changedDb()).isFalse();
    }

    @Engines.OnBoth
    void rawRunReportsChangesAndLastRowId(Engine engine) {
        open(engine);
        seed();

        Meta update = db.prepare("UPDATE users SET points = points + 1 WHERE tier = ?")
                .bind("free")
                .run();
        Meta insert = db.prepare("INSERT INTO apps (owner_id, name) VALUES (?, ?)")
                .bind("u3", "Delta")
                .run();
        Meta select = db.prepare("SELECT * FROM users").run();

        assertThat(update.changes()).isEqualTo(2);
        assertThat(update.changedDb()).isTrue();
        assertThat(insert.changes()).isEqualTo(1);
        assertThat(insert.lastRowId()).isEqualTo(4);
        assertThat(select.changes()).isZero();
        assertThat(select.changedDb()).isFalse();
        assertThat(db.prepare("SELECT sum(points) AS s FROM users").first("s", Long.class))
                .contains(62L);
    }

    @Engines.OnBoth
    void rawReturnsRowsAsValueLists(Engine engine) {
        open(engine);
        seed();

        Results<List<Object>> rows =
                db.prepare("SELECT id, points, email FROM users ORDER BY id").raw();

        assertThat(rows)
                .containsExactly(
                        List.of("u1", 30L, "ada@example.com"),
                        java.util.Arrays.asList("u2", 10L, "bob@example.com"),
                        java.util.Arrays.asList("u3", 20L, null));
        assertThat(rows.columnNames()).containsExactly("id", "points", "email");
    }

    @Engines.OnBoth
    void rawWithColumnNamesPutsTheNamesFirst(Engine engine) {
        open(engine);
        seed();

        Results<List<Object>> rows = db.prepare("SELECT id, points FROM users WHERE id <> ? ORDER BY id")
                .bind("u2")
                .raw(true);
        Results<List<Object>> empty = db.prepare("SELECT id, points FROM users WHERE id = ?")
                .bind("zz")
                .raw(true);

        assertThat(rows).containsExactly(List.of("id", "points"), List.of("u1", 30L), List.of("u3", 20L));
        assertThat(empty).containsExactly(List.of("id", "points"));
        assertThat(db.prepare("SELECT id FROM users ORDER BY id").raw(false))
                .containsExactly(List.of("u1"), List.of("u2"), List.of("u3"));
    }

    @Engines.OnBoth
    void rowGettersConvertStorageValues(Engine engine) {
        open(engine);
        seed();

        Row row = db.prepare(
                        "SELECT id, points, 2.5 AS ratio, is_banned, x'00ff00' AS bytes, created_at, NULL AS missing "
                                + "FROM users WHERE id = ?")
                .bind("u3")
                .first()
                .orElseThrow();

        assertThat(row.columnNames())
                .containsExactly("id", "points", "ratio", "is_banned", "bytes", "created_at", "missing");
        assertThat(row.has("points")).isTrue();
        assertThat(row.has("nosuch")).isFalse();
        assertThat(row.getString("id")).isEqualTo("u3");
        assertThat(row.getLong("points")).isEqualTo(20L);
        assertThat(row.getDouble("ratio")).isEqualTo(2.5);
        assertThat(row.getBoolean("is_banned")).isTrue();
        assertThat(row.getBytes("bytes")).containsExactly(0, 0xff, 0);
        assertThat(row.get("created_at", Instant.class)).isEqualTo(T3);
        assertThat(row.get("created_at")).isEqualTo("2024-01-03 12:45:30.250");
        assertThat(row.getString("missing")).isNull();
        assertThat(row.getLong("missing")).isNull();
        assertThat(row.getBoolean("missing")).isNull();
        assertThat(row.get(0)).isEqualTo("u3");
        assertThat(row.get(1)).isEqualTo(20L);
        assertThat(row.toMap().keySet())
                .containsExactly("id", "points", "ratio", "is_banned", "bytes", "created_at", "missing");
        assertThatThrownBy(() -> row.get("nosuch"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nosuch");
    }

    enum Tier {
        FREE,
        PRO
    }

    @Engines.OnBoth
    void bindUsesEachClassStandardMapping(Engine engine) {
        open(engine);
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        Row row = db.prepare("SELECT typeof(?) AS ti, ? AS i, typeof(?) AS tb, ? AS b, ? AS instant, ? AS e, ? AS u, "
                        + "typeof(?) AS tn")
                .bind(7, 7, true, false, T3, Tier.PRO, uuid, null)
                .first()
                .orElseThrow();

        assertThat(row.get("ti")).isEqualTo("integer");
        assertThat(row.get("i")).isEqualTo(7L);
        assertThat(row.get("tb")).isEqualTo("integer");
        assertThat(row.get("b")).isEqualTo(0L);
        assertThat(row.get("instant")).isEqualTo("2024-01-03 12:45:30.250");
        assertThat(row.get("e")).isEqualTo("PRO");
        assertThat(row.get("u")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(row.get("tn")).isEqualTo("null");
    }

    @Engines.OnBoth
    void bindingASingleNullBindsSqlNullAsD1Does(Engine engine) {
        // D1: stmt.bind(null) binds NULL to the one placeholder; (Object[]) null is what bind(null) compiles to.
        open(engine);

        Optional<Row> row =
                db.prepare("SELECT typeof(?) AS t").bind((Object[]) null).first();

        assertThat(row).isPresent();
        assertThat(row.get().get("t")).isEqualTo("null");
    }

    @Engines.OnBoth
    void bindOfAnUnsupportedTypeThrowsATypeError(Engine engine) {
        open(engine);

        BindingException e = catchThrowableOfType(
                BindingException.class, () -> db.prepare("SELECT ?, ?").bind(1, new Object()));

        assertThat(e.code()).isEqualTo("D1_TYPE_ERROR");
        assertThat(e.d1Message())
                .startsWith("D1_TYPE_ERROR")
                .contains("java.lang.Object")
                .contains("value 2");
    }

    @Engines.OnBoth
    void bindingTheWrongNumberOfValuesThrows(Engine engine) {
        open(engine);
        seed();

        assertThatThrownBy(() -> db.prepare("SELECT * FROM users WHERE id = ?")
                        .bind("u1", "u2")
                        .all())
                .isInstanceOf(BindingException.class)
                .hasMessageContaining("Wrong number of parameter bindings");
        assertThatThrownBy(() -> db.prepare("SELECT * FROM users WHERE id = ? AND tier = ?")
                        .bind("u1")
                        .first())
                .isInstanceOf(BindingException.class)
                .hasMessageContaining("Wrong number of parameter bindings");
        assertThatThrownBy(() -> db.prepare("UPDATE users SET points = ?").run())
                .isInstanceOf(BindingException.class)
                .hasMessageContaining("Wrong number of parameter bindings");
        assertThat(db.select(USERS.POINTS).from(USERS).orderBy(USERS.ID.asc()).all())
                .containsExactly(30, 10, 20);
    }

    @Engines.OnBoth
    void bindReplacesValuesBoundBeforeAndLeavesTheOriginalStatementAsItWas(Engine engine) {
        open(engine);
        seed();
        PreparedQuery byId = db.prepare("SELECT id FROM users WHERE id = ?");

        PreparedQuery u1 = byId.bind("u1");
        PreparedQuery u2 = u1.bind("u2");

        assertThat(u1.first("id")).contains("u1");
        assertThat(u2.first("id")).contains("u2");
        assertThatThrownBy(byId::all).isInstanceOf(BindingException.class);
    }

    @Engines.OnBoth
    void rawSqlErrorsAreInvalidSqlExceptions(Engine engine) {
        open(engine);

        assertThatThrownBy(() -> db.prepare("SELECT * FROM nosuch").all())
                .isInstanceOf(InvalidSqlException.class)
                .hasMessageContaining("no such table: nosuch");
        assertThatThrownBy(() -> db.prepare("SELEC 1").all())
                .isInstanceOf(InvalidSqlException.class)
                .hasMessageContaining("syntax error");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // exec

    @Engines.OnBoth
    void execRunsEveryStatementOfAScriptAndReturnsTheCount(Engine engine) {
        open(engine);

        ExecResult result = db.exec("""
        -- a comment; with a semicolon
        CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
        INSERT INTO notes (body) VALUES ('one; two');
        INSERT INTO notes (body) VALUES ('three');
        ;
        """);

        assertThat(result.count()).isEqualTo(3);
        assertThat(result.duration()).isGreaterThanOrEqualTo(0.0);
        assertThat(db.prepare("SELECT body FROM notes ORDER BY id").raw())
                .containsExactly(List.of("one; two"), List.of("three"));
    }

    @Engines.OnBoth
    void execIsAtomicAndNamesTheLineOfTheFailingStatement(Engine engine) {
        open(engine);

        ConstraintViolationException e = catchThrowableOfType(
                ConstraintViolationException.class,
                () -> db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                        + "INSERT INTO users (id, device_id) VALUES ('x1', 'd');\n"
                        + "\n"
                        + "INSERT INTO users (id, device_id) VALUES ('x1', 'd2');\n"
                        + "INSERT INTO users (id, device_id) VALUES ('x2', 'd3');"));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("D1_EXEC_ERROR");
        assertThat(e.d1Message())
                .startsWith("D1_EXEC_ERROR: Error in line 4: INSERT INTO users (id, device_id) VALUES ('x1', 'd2'): ");
        assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.PRIMARY_KEY);
        assertThat(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'notes'")
                        .first("n"))
                .contains(0L);
        assertThat(db.selectFrom(USERS).all()).isEmpty();
    }

    @Engines.OnBoth
    void execCountsLinesThroughMultiLineStringsAndComments(Engine engine) {
        open(engine);

        InvalidSqlException e = catchThrowableOfType(
                InvalidSqlException.class,
                () -> db.exec("INSERT INTO users (id, device_id) VALUES ('a', 'multi\nline');\n"
                        + "/* a block\n   comment */ -- and a line comment; with a semicolon\n"
                        + "INSERT INTO nosuch VALUES (1);"));

        assertThat(e).isNotNull();
        assertThat(e.d1Message()).startsWith("D1_EXEC_ERROR: Error in line 5: INSERT INTO nosuch VALUES (1): ");
        assertThat(db.selectFrom(USERS).all()).isEmpty();
    }

    @Engines.OnBoth
    void execRunsATriggerWhoseBodyHoldsSemicolonsAsOneStatement(Engine engine) {
        open(engine);
        seed();

        ExecResult result = db.exec("""
        CREATE TRIGGER count_apps AFTER INSERT ON apps
        BEGIN
          UPDATE users SET points = points + 1 WHERE id = NEW.owner_id;
          SELECT CASE WHEN NEW.name = 'bad' THEN RAISE(ABORT, 'bad app name') END;
        END;
        CREATE INDEX apps_name ON apps (name);
        """);
        Meta meta = db.insertInto(APPS).values(new App(null, "u3", "Delta")).run();

        assertThat(result.count()).isEqualTo(2);
        assertThat(meta.changes())
                .as("changes made by the trigger are not the statement's")
                .isEqualTo(1);
        assertThat(db.select(USERS.POINTS).from(USERS).where(USERS.ID.eq("u3")).first())
                .contains(21);
        assertThatThrownBy(() ->
                        db.insertInto(APPS).values(new App(null, "u3", "bad")).run())
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("bad app name");
        assertThat(db.select(USERS.POINTS).from(USERS).where(USERS.ID.eq("u3")).first())
                .contains(21);
        assertThat(db.select(count()).from(APPS).first()).contains(4L);
    }

    @Engines.OnBoth
    void execWithASyntaxErrorInTheThirdStatementLeavesNoTrace(Engine engine) {
        open(engine);

        InvalidSqlException e = catchThrowableOfType(
                InvalidSqlException.class,
                () -> db.exec("INSERT INTO users (id, device_id) VALUES ('x1', 'd');\n"
                        + "UPDATE users SET points = 5;\n"
                        + "INSERT INTO nosuch VALUES (1);"));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("D1_EXEC_ERROR");
        assertThat(e.d1Message())
                .startsWith("D1_EXEC_ERROR: Error in line 3: INSERT INTO nosuch VALUES (1): ")
                .contains("no such table: nosuch");
        assertThat(db.selectFrom(USERS).all()).isEmpty();
    }

    @Engines.OnBoth
    void execRefusesATransactionStatementBeforeRunningAnything(Engine engine) {
        open(engine);

        StatementRefusedException e = catchThrowableOfType(
                StatementRefusedException.class,
                () -> db.exec("INSERT INTO users (id, device_id) VALUES ('x1', 'd');\nBEGIN;\nCOMMIT;"));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("D1_EXEC_ERROR");
        assertThat(e.d1Message()).startsWith("D1_EXEC_ERROR: Error in line 2: BEGIN: ");
        assertThat(db.selectFrom(USERS).all()).isEmpty();
    }

    @Engines.OnBoth
    void execOfAnEmptyScriptIsRefused(Engine engine) {
        open(engine);

        D1Exception e = catchThrowableOfType(D1Exception.class, () -> db.exec("  -- nothing here\n ; "));

        assertThat(e).isInstanceOf(InvalidSqlException.class);
        assertThat(e.d1Message()).isEqualTo("D1_ERROR: No SQL statements detected.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Detached queries and concurrency

    @Test
    void queriesBuiltWithoutADatabaseRefuseToRun() {
        assertThatThrownBy(() -> Sleet.dsl().selectFrom(USERS).all())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sleet.dsl()");
        assertThatThrownBy(() -> Sleet.dsl().selectFrom(USERS).first()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sleet.dsl().insertInto(USERS).values(ADA).run())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sleet.dsl()
                        .update(USERS)
                        .set(USERS.POINTS, 1)
                        .returning()
                        .all())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(
                        () -> Sleet.dsl().deleteFrom(USERS).returning(USERS.ID).first())
                .isInstanceOf(IllegalStateException.class);
    }

    @Engines.OnBoth
    void aQueryBuiltWithoutADatabaseRunsWhenHandedToOne(Engine engine) {
        open(engine);
        seed();

        Results<?> ids = db.batch(Sleet.dsl().select(USERS.ID).from(USERS).orderBy(USERS.ID.asc()))
                .get(0);
        Meta meta =
                db.batch(Sleet.dsl().update(USERS).set(USERS.POINTS, 0)).get(0).meta();

        assertThat(List.copyOf(ids)).isEqualTo(List.of("u1", "u2", "u3"));
        assertThat(meta.changes()).isEqualTo(3);
    }

    @Engines.OnBoth
    void concurrentInsertsFromFourThreadsAllLand(Engine engine) throws Exception {
        open(engine);
        int threads = 4;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> rowIds = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = "t" + thread + "-" + i;
                        Meta meta = db.insertInto(USERS)
                                .values(User.of(id, "dev" + thread))
                                .run();
                        if (meta.changes() != 1) {
                            throw new AssertionError("insert of " + id + " changed " + meta.changes() + " rows");
                        }
                        rowIds.add(meta.lastRowId());
                        // Reads interleave with the other threads' writes.
                        db.select(count()).from(USERS).first().orElseThrow();
                    }
                    return rowIds;
                }));
            }
            start.countDown();
            Set<Long> rowIds = new HashSet<>();
            for (Future<List<Long>> future : futures) {
                rowIds.addAll(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(db.select(count()).from(USERS).first()).contains((long) threads * perThread);
            assertThat(rowIds).as("each insert's meta reports its own row").hasSize(threads * perThread);
            assertThat(db.prepare("SELECT rowid AS r FROM users").all().stream()
                            .map(r -> r.getLong("r"))
                            .collect(Collectors.toSet()))
                    .isEqualTo(rowIds);
            for (int t = 0; t < threads; t++) {
                assertThat(db.select(count())
                                .from(USERS)
                                .where(USERS.DEVICE_ID.eq("dev" + t))
                                .first())
                        .contains((long) perThread);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Engines.OnBoth
    void concurrentBatchesAreNeverInterleaved(Engine engine) throws Exception {
        open(engine);
        db.insertInto(RATE_BUCKETS)
                .values(List.of(new RateBucket("a", 0, 0), new RateBucket("b", 0, 0)))
                .run();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        db.batch(
                                db.update(RATE_BUCKETS)
                                        .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
                                        .where(RATE_BUCKETS.KEY.eq("a")),
                                db.update(RATE_BUCKETS)
                                        .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
                                        .where(RATE_BUCKETS.KEY.eq("b")));
                        List<Integer> counts =
                                db.select(RATE_BUCKETS.COUNT).from(RATE_BUCKETS).all();
                        if (!counts.get(0).equals(counts.get(1))) {
                            throw new AssertionError("saw a half-applied batch: " + counts);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(db.select(RATE_BUCKETS.COUNT).from(RATE_BUCKETS).all()).containsExactly(400, 400);
        } finally {
            pool.shutdownNow();
        }
    }

    @Engines.OnBoth
    void aSplitInsertReportsTheSummedChangesAndTheLastRowsId(Engine engine) {
        open(engine);
        db.insertInto(USERS).values(ADA).run();
        List<App> apps = LongStream.rangeClosed(1, 120)
                .mapToObj(i -> new App(null, "u1", "app" + i))
                .toList();
        assertThat(Sleet.dsl().insertInto(APPS).values(apps).toStatements(100)).hasSizeGreaterThan(1);

        Meta meta = db.insertInto(APPS).values(apps).run();

        assertThat(meta.changes()).isEqualTo(120);
        assertThat(meta.lastRowId()).isEqualTo(120);
        assertThat(meta.changedDb()).isTrue();
        assertThat(db.select(APPS.ID, APPS.NAME)
                        .from(APPS)
                        .orderBy(APPS.ID.asc())
                        .all())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 120)
                        .mapToObj(i -> new Tuple2<>(i, "app" + i))
                        .toList());
    }

    @Test
    void aFileDatabaseKeepsItsRowsAcrossConnections() {
        try (Database first = Engine.FILE.openWithSchema(dir)) {
            first.insertInto(USERS).values(ADA).run();
        }
        try (Database second = Engine.FILE.open(dir)) {
            assertThat(second.selectFrom(USERS).all()).containsExactly(ADA);
        }
    }

    @Test
    void separateInMemoryDatabasesDoNotShareRows() {
        try (Database a = Engine.IN_MEMORY.openWithSchema(dir);
                Database b = Engine.IN_MEMORY.openWithSchema(dir)) {
            a.insertInto(USERS).values(ADA).run();
            assertThat(b.selectFrom(USERS).all()).isEmpty();
            assertThat(a.selectFrom(USERS).all()).containsExactly(ADA);
        }
    }
}
