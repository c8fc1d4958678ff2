package dev.sleet.query;

import static dev.sleet.expr.Functions.and;
import static dev.sleet.expr.Functions.avg;
import static dev.sleet.expr.Functions.caseWhen;
import static dev.sleet.expr.Functions.coalesce;
import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.countDistinct;
import static dev.sleet.expr.Functions.exists;
import static dev.sleet.expr.Functions.groupConcat;
import static dev.sleet.expr.Functions.max;
import static dev.sleet.expr.Functions.min;
import static dev.sleet.expr.Functions.not;
import static dev.sleet.expr.Functions.notExists;
import static dev.sleet.expr.Functions.or;
import static dev.sleet.expr.Functions.raw;
import static dev.sleet.expr.Functions.rawCondition;
import static dev.sleet.expr.Functions.scalar;
import static dev.sleet.expr.Functions.sum;
import static dev.sleet.expr.Functions.total;
import static dev.sleet.expr.Functions.value;
import static dev.sleet.fixtures.Apps.APPS;
import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sleet.Sleet;
import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.expr.Subquery;
import dev.sleet.fixtures.App;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Screen;
import dev.sleet.fixtures.User;
import dev.sleet.fixtures.Users;
import dev.sleet.sql.Statement;
import dev.sleet.table.ColumnOption;
import dev.sleet.table.NumberColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.table.StringColumn;
import dev.sleet.tuple.Tuple2;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Renders queries with no database ({@code Sleet.dsl()}) and checks the exact SQL text and the exact, ordered list of
 * bound storage values.
 *
 * <p>Expected SQL is written with backticks standing for double quotes (see {@link #q}), so that
 * {@code `users`.`id`} reads as {@code "users"."id"}.
 */
class RenderingTest {

    private static final QueryDsl DSL = Sleet.dsl();

    private static final String USER_COLUMNS = q("`users`.`id`, `users`.`email`, `users`.`display_name`, "
            + "`users`.`device_id`, `users`.`points`, `users`.`tier`, `users`.`created_at`, `users`.`is_banned`");

    private static final String BARE_USER_COLUMNS =
            q("`id`, `email`, `display_name`, `device_id`, `points`, `tier`, " + "`created_at`, `is_banned`");

    /** The columns an insert of {@link User#of} writes: the defaulted ones left null are left out. */
    private static final String USER_OF_INSERT =
            q("INSERT INTO `users` (`id`, `email`, `display_name`, `device_id`, `is_banned`) VALUES ");

    /** A record for {@code select(Top::new, ...)}. */
    record Top(String id, Integer points) {}

    /** A table whose name and column name hold double quotes, to check identifier escaping. */
    static final class Odd extends SqlTable<String> {
        static final Odd ODD = new Odd(null);

        final StringColumn NAME = stringColumn("na\"me");

        private Odd(String alias) {
            super("od\"d", alias);
        }

        @Override
        public Odd as(String alias) {
            return new Odd(alias);
        }

        @Override
        protected String readRow(RowCursor row, int first) {
            return read(NAME, row, first);
        }

        @Override
        protected Object[] storageValues(String row) {
            return new Object[] {toSql(NAME, row)};
        }
    }

    /** A row of {@link Scores}; {@code total} is computed by the database. */
    record Score(String player, int base, Integer total) {}

    /** A table with a generated column: {@code total INTEGER GENERATED ALWAYS AS (base * 2)}. */
    static final class Scores extends SqlTable<Score> {
        static final Scores SCORES = new Scores(null);

        final StringColumn PLAYER = stringColumn("player", ColumnOption.PRIMARY_KEY);
        final NumberColumn<Integer> BASE = numberColumn("base", SqlTypes.INTEGER);
        final NumberColumn<Integer> TOTAL = numberColumn("total", SqlTypes.INTEGER, ColumnOption.GENERATED);

        private Scores(String alias) {
            super("scores", alias);
        }

        @Override
        public Scores as(String alias) {
            return new Scores(alias);
        }

        @Override
        protected Score readRow(RowCursor row, int first) {
            return new Score(read(PLAYER, row, first), read(BASE, row, first + 1), read(TOTAL, row, first + 2));
        }

        @Override
        protected Object[] storageValues(Score row) {
            return new Object[] {toSql(PLAYER, row.player()), toSql(BASE, row.base()), toSql(TOTAL, row.total())};
        }
    }

    /** A row of {@link Counters}, whose every column the database can fill. */
    record Counter(Long id, Integer hits) {}

    /** {@code counters (id INTEGER PRIMARY KEY, hits INTEGER NOT NULL DEFAULT 0)}. */
    static final class Counters extends SqlTable<Counter> {
        static final Counters COUNTERS = new Counters(null);

        final NumberColumn<Long> ID =
                numberColumn("id", SqlTypes.LONG, ColumnOption.PRIMARY_KEY, ColumnOption.HAS_DEFAULT);
        final NumberColumn<Integer> HITS = numberColumn("hits", SqlTypes.INTEGER, ColumnOption.HAS_DEFAULT);

        private Counters(String alias) {
            super("counters", alias);
        }

        @Override
        public Counters as(String alias) {
            return new Counters(alias);
        }

        @Override
        protected Counter readRow(RowCursor row, int first) {
            return new Counter(read(ID, row, first), read(HITS, row, first + 1));
        }

        @Override
        protected Object[] storageValues(Counter row) {
            return new Object[] {toSql(ID, row.id()), toSql(HITS, row.hits())};
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    /** Backticks stand for double quotes in expected SQL. */
    private static String q(String sql) {
        return sql.replace('`', '"');
    }

    private static void assertStatement(Statement statement, String expectedSql, Object... expectedParameters) {
        assertThat(statement.sql()).isEqualTo(q(expectedSql));
        assertThat(statement.parameters()).containsExactly(expectedParameters);
    }

    private static void assertRenders(Query<?> query, String expectedSql, Object... expectedParameters) {
        assertStatement(query.toStatement(), expectedSql, expectedParameters);
    }

    /** Renders {@code SELECT "users"."id" FROM "users" WHERE condition} and checks what follows WHERE. */
    private static void assertWhere(Condition condition, String expectedCondition, Object... expectedParameters) {
        assertRenders(
                DSL.select(USERS.ID).from(USERS).where(condition),
                "SELECT `users`.`id` FROM `users` WHERE " + expectedCondition,
                expectedParameters);
    }

    /** Renders {@code SELECT expression FROM "users"} and checks the selected expression. */
    private static void assertSelects(
            Expression<?> expression, String expectedExpression, Object... expectedParameters) {
        assertRenders(
                DSL.select(expression).from(USERS),
                "SELECT " + expectedExpression + " FROM `users`",
                expectedParameters);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // SELECT: what is selected, FROM, aliases, joins

    @Test
    void selectFromListsEveryColumnQualifiedInDeclarationOrder() {
        assertRenders(DSL.selectFrom(USERS), "SELECT " + USER_COLUMNS + " FROM `users`");
    }

    @Test
    void selectOfOneColumnRendersOnlyThatColumn() {
        assertRenders(DSL.select(USERS.EMAIL).from(USERS), "SELECT `users`.`email` FROM `users`");
    }

    @Test
    void selectOfSeveralColumnsAsTupleRendersThemInOrder() {
        SelectQuery<Tuple2<Integer, String>> query =
                DSL.select(USERS.POINTS, USERS.ID).from(USERS);
        assertRenders(query, "SELECT `users`.`points`, `users`.`id` FROM `users`");
    }

    @Test
    void selectWithMapperRendersTheMappedColumns() {
        SelectQuery<Top> query = DSL.select(Top::new, USERS.ID, USERS.POINTS).from(USERS);
        assertRenders(query, "SELECT `users`.`id`, `users`.`points` FROM `users`");
    }

    @Test
    void selectOfWholeTablesRendersEachTablesColumns() {
        assertRenders(
                DSL.select(APPS, SCREENS.ID).from(APPS).join(SCREENS).on(SCREENS.APP_ID.eq(APPS.ID)),
                "SELECT `apps`.`id`, `apps`.`owner_id`, `apps`.`name`, `screens`.`id` FROM `apps` "
                        + "INNER JOIN `screens` ON `screens`.`app_id` = `apps`.`id`");
    }

    @Test
    void selectOfValuesWithoutFromRendersNoFromClause() {
        assertRenders(DSL.select(value(5), value("x")), "SELECT ?, ?", 5L, "x");
    }

    @Test
    void distinctAddsTheKeywordAfterSelect() {
        assertRenders(DSL.select(USERS.TIER).from(USERS).distinct(), "SELECT DISTINCT `users`.`tier` FROM `users`");
    }

    @Test
    void tableAliasRendersAsAndQualifiesColumnsWithTheAlias() {
        Users u = USERS.as("u");
        assertRenders(
                DSL.select(u.ID).from(u).where(u.POINTS.gt(3)),
                "SELECT `u`.`id` FROM `users` AS `u` WHERE `u`.`points` > ?",
                3L);
    }

    @Test
    void selectFromAnAliasedTableQualifiesEveryColumnWithTheAlias() {
        assertRenders(
                DSL.selectFrom(USERS.as("u")),
                "SELECT " + USER_COLUMNS.replace("\"users\".", "\"u\".") + " FROM `users` AS `u`");
    }

    @Test
    void selfJoinKeepsTheTwoAliasesApart() {
        Users u = USERS.as("u");
        Users r = USERS.as("r");
        assertRenders(
                DSL.select(u.ID, r.ID).from(u).join(r).on(u.EMAIL.eq(r.EMAIL).and(u.ID.ne(r.ID))),
                "SELECT `u`.`id`, `r`.`id` FROM `users` AS `u` INNER JOIN `users` AS `r` "
                        + "ON `u`.`email` = `r`.`email` AND `u`.`id` <> `r`.`id`");
    }

    @Test
    void joinAndInnerJoinBothRenderInnerJoinWithOnCondition() {
        String expected = "SELECT `users`.`id`, `apps`.`name` FROM `users` "
                + "INNER JOIN `apps` ON `apps`.`owner_id` = `users`.`id`";
        assertRenders(DSL.select(USERS.ID, APPS.NAME).from(USERS).join(APPS).on(APPS.OWNER_ID.eq(USERS.ID)), expected);
        assertRenders(
                DSL.select(USERS.ID, APPS.NAME).from(USERS).innerJoin(APPS).on(APPS.OWNER_ID.eq(USERS.ID)), expected);
    }

    @Test
    void leftRightAndFullJoinsRenderTheirKeywordsInOrder() {
        assertRenders(
                DSL.select(USERS.ID, APPS.NAME)
                        .from(USERS)
                        .leftJoin(APPS)
                        .on(APPS.OWNER_ID.eq(USERS.ID))
                        .rightJoin(SCREENS)
                        .on(SCREENS.APP_ID.eq(APPS.ID))
                        .fullJoin(RATE_BUCKETS)
                        .on(RATE_BUCKETS.KEY.eq(USERS.ID)),
                "SELECT `users`.`id`, `apps`.`name` FROM `users` "
                        + "LEFT JOIN `apps` ON `apps`.`owner_id` = `users`.`id` "
                        + "RIGHT JOIN `screens` ON `screens`.`app_id` = `apps`.`id` "
                        + "FULL JOIN `rate_buckets` ON `rate_buckets`.`key` = `users`.`id`");
    }

    @Test
    void crossJoinHasNoOnClause() {
        assertRenders(
                DSL.select(USERS.ID, APPS.ID).from(USERS).crossJoin(APPS),
                "SELECT `users`.`id`, `apps`.`id` FROM `users` CROSS JOIN `apps`");
    }

    @Test
    void joinConditionValuesAreBoundInTextOrder() {
        assertRenders(
                DSL.select(USERS.ID)
                        .from(USERS)
                        .leftJoin(APPS)
                        .on(APPS.OWNER_ID.eq(USERS.ID).and(APPS.NAME.eq("a")))
                        .where(USERS.POINTS.gt(7)),
                "SELECT `users`.`id` FROM `users` LEFT JOIN `apps` ON `apps`.`owner_id` = `users`.`id` "
                        + "AND `apps`.`name` = ? WHERE `users`.`points` > ?",
                "a",
                7L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // WHERE: comparisons

    @Test
    void eachComparisonOperatorBindsItsValue() {
        assertWhere(USERS.POINTS.eq(1), "`users`.`points` = ?", 1L);
        assertWhere(USERS.POINTS.ne(2), "`users`.`points` <> ?", 2L);
        assertWhere(USERS.POINTS.lt(3), "`users`.`points` < ?", 3L);
        assertWhere(USERS.POINTS.le(4), "`users`.`points` <= ?", 4L);
        assertWhere(USERS.POINTS.gt(5), "`users`.`points` > ?", 5L);
        assertWhere(USERS.POINTS.ge(6), "`users`.`points` >= ?", 6L);
    }

    @Test
    void comparingTwoExpressionsBindsNothing() {
        assertWhere(USERS.EMAIL.eq(USERS.DISPLAY_NAME), "`users`.`email` = `users`.`display_name`");
        assertWhere(USERS.EMAIL.ne(USERS.DISPLAY_NAME), "`users`.`email` <> `users`.`display_name`");
        assertWhere(USERS.EMAIL.lt(USERS.ID), "`users`.`email` < `users`.`id`");
        assertWhere(USERS.EMAIL.le(USERS.ID), "`users`.`email` <= `users`.`id`");
        assertWhere(USERS.EMAIL.gt(USERS.ID), "`users`.`email` > `users`.`id`");
        assertWhere(USERS.EMAIL.ge(USERS.ID), "`users`.`email` >= `users`.`id`");
    }

    @Test
    void valuesAreBoundAsStorageValuesOfTheColumnType() {
        Instant at = Instant.parse("2024-01-02T03:04:05.123Z");
        assertWhere(USERS.CREATED_AT.lt(at), "`users`.`created_at` < ?", "2024-01-02 03:04:05.123");
        assertWhere(USERS.IS_BANNED.eq(true), "`users`.`is_banned` = ?", 1L);
        assertWhere(SCREENS.APP_ID.eq(9L), "`screens`.`app_id` = ?", 9L);
    }

    @Test
    void betweenBindsLowThenHigh() {
        assertWhere(USERS.POINTS.between(10, 20), "`users`.`points` BETWEEN ? AND ?", 10L, 20L);
    }

    @Test
    void inWithAFewValuesBindsOnePlaceholderPerValue() {
        assertWhere(USERS.ID.in("a", "b"), "`users`.`id` IN (?, ?)", "a", "b");
        assertWhere(USERS.POINTS.in(List.of(1, 2, 3)), "`users`.`points` IN (?, ?, ?)", 1L, 2L, 3L);
    }

    @Test
    void inWithExactlyTwentyValuesIsStillWrittenInline() {
        List<Integer> twenty = IntStream.range(0, 20).boxed().toList();
        assertWhere(
                USERS.POINTS.in(twenty),
                "`users`.`points` IN (" + placeholders(20) + ")",
                twenty.stream().map(Integer::longValue).toArray());
    }

    @Test
    void inWithMoreThanTwentyValuesBindsOneJsonArrayReadByJsonEach() {
        List<Integer> many = IntStream.range(0, 21).boxed().toList();
        String json = many.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        assertWhere(USERS.POINTS.in(many), "`users`.`points` IN (SELECT value FROM json_each(?))", json);
    }

    @Test
    void inWithMoreThanTwentyStringsBindsThemAsEscapedJsonStrings() {
        List<String> many = new ArrayList<>();
        many.add("q\"uote");
        IntStream.range(1, 25).forEach(i -> many.add("u" + i));
        String json = "[\"q\\\"uote\","
                + IntStream.range(1, 25).mapToObj(i -> "\"u" + i + "\"").collect(Collectors.joining(",")) + "]";
        assertWhere(USERS.ID.in(many), "`users`.`id` IN (SELECT value FROM json_each(?))", json);
    }

    @Test
    void notInWithMoreThanTwentyValuesUsesJsonEachToo() {
        List<Long> many = IntStream.range(0, 30).mapToObj(i -> (long) i).toList();
        String json = many.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        assertWhere(SCREENS.APP_ID.notIn(many), "`screens`.`app_id` NOT IN (SELECT value FROM json_each(?))", json);
    }

    @Test
    void inWithManyBlobsBindsOneJsonArrayOfHexReadBackWithUnhex() {
        List<byte[]> blobs = IntStream.range(0, 21)
                .mapToObj(i -> new byte[] {(byte) i, (byte) 0xff})
                .toList();
        Statement st = DSL.select(SCREENS.ID)
                .from(SCREENS)
                .where(SCREENS.THUMBNAIL.in(blobs))
                .toStatement();
        assertThat(st.sql())
                .isEqualTo(q("SELECT `screens`.`id` FROM `screens` WHERE `screens`.`thumbnail` IN ("
                        + "SELECT unhex(value) FROM json_each(?))"));
        assertThat(st.parameters()).hasSize(1);
        assertThat((String) st.parameters().get(0))
                .startsWith("[\"00ff\",\"01ff\",")
                .endsWith("\"14ff\"]");
    }

    @Test
    void notInWithAFewValuesRendersNotInWithPlaceholders() {
        assertWhere(USERS.TIER.notIn("free", "pro"), "`users`.`tier` NOT IN (?, ?)", "free", "pro");
    }

    @Test
    void emptyInMatchesNothingAndEmptyNotInMatchesEverything() {
        assertWhere(USERS.ID.in(List.of()), "1 = 0");
        assertWhere(USERS.ID.notIn(List.of()), "1 = 1");
    }

    @Test
    void inSubqueryRendersTheSelectInsideParentheses() {
        assertWhere(
                USERS.ID.in(DSL.select(SCREENS.USER_ID).from(SCREENS).where(SCREENS.FLOW_INDEX.gt(2))),
                "`users`.`id` IN (SELECT `screens`.`user_id` FROM `screens` WHERE `screens`.`flow_index` > ?)",
                2L);
    }

    @Test
    void notInSubqueryRendersNotIn() {
        assertWhere(
                USERS.ID.notIn(DSL.select(APPS.OWNER_ID).from(APPS)),
                "`users`.`id` NOT IN (SELECT `apps`.`owner_id` FROM `apps`)");
    }

    @Test
    void likeNotLikeAndGlobBindTheirPatterns() {
        assertWhere(USERS.EMAIL.like("%@example.com"), "`users`.`email` LIKE ?", "%@example.com");
        assertWhere(USERS.EMAIL.notLike("%@spam.com"), "`users`.`email` NOT LIKE ?", "%@spam.com");
        assertWhere(USERS.ID.glob("u*"), "`users`.`id` GLOB ?", "u*");
    }

    @Test
    void likeWithEscapeBindsPatternThenEscapeCharacter() {
        assertWhere(USERS.EMAIL.like("100\\%%", '\\'), "`users`.`email` LIKE ? ESCAPE ?", "100\\%%", "\\");
    }

    @Test
    void isNullAndIsNotNullBindNothing() {
        assertWhere(USERS.EMAIL.isNull(), "`users`.`email` IS NULL");
        assertWhere(USERS.EMAIL.isNotNull(), "`users`.`email` IS NOT NULL");
    }

    @Test
    void booleanColumnIsAConditionAndIsTrueIsFalseBindOneAndZero() {
        assertWhere(USERS.IS_BANNED, "`users`.`is_banned`");
        assertWhere(USERS.IS_BANNED.isTrue(), "`users`.`is_banned` = ?", 1L);
        assertWhere(USERS.IS_BANNED.isFalse(), "`users`.`is_banned` = ?", 0L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // WHERE: AND, OR, NOT and parentheses

    @Test
    void andChainHasNoParentheses() {
        assertWhere(
                USERS.ID.eq("a").and(USERS.POINTS.gt(1)).and(USERS.TIER.eq("pro")),
                "`users`.`id` = ? AND `users`.`points` > ? AND `users`.`tier` = ?",
                "a",
                1L,
                "pro");
        assertWhere(
                USERS.ID.eq("a").and(USERS.POINTS.gt(1).and(USERS.TIER.eq("pro"))),
                "`users`.`id` = ? AND `users`.`points` > ? AND `users`.`tier` = ?",
                "a",
                1L,
                "pro");
    }

    @Test
    void orInsideAndIsParenthesisedOnEitherSide() {
        assertWhere(
                USERS.ID.eq("a").or(USERS.ID.eq("b")).and(USERS.POINTS.gt(1)),
                "(`users`.`id` = ? OR `users`.`id` = ?) AND `users`.`points` > ?",
                "a",
                "b",
                1L);
        assertWhere(
                USERS.POINTS.gt(1).and(USERS.ID.eq("a").or(USERS.ID.eq("b"))),
                "`users`.`points` > ? AND (`users`.`id` = ? OR `users`.`id` = ?)",
                1L,
                "a",
                "b");
    }

    @Test
    void andInsideOrNeedsNoParentheses() {
        assertWhere(
                USERS.ID.eq("a").and(USERS.POINTS.gt(1)).or(USERS.IS_BANNED),
                "`users`.`id` = ? AND `users`.`points` > ? OR `users`.`is_banned`",
                "a",
                1L);
    }

    @Test
    void orChainHasNoParentheses() {
        assertWhere(
                USERS.ID.eq("a").or(USERS.ID.eq("b")).or(USERS.ID.eq("c")),
                "`users`.`id` = ? OR `users`.`id` = ? OR `users`.`id` = ?",
                "a",
                "b",
                "c");
    }

    @Test
    void notParenthesisesOnlyWhatBindsLooserThanNot() {
        assertWhere(USERS.POINTS.gt(1).not(), "NOT `users`.`points` > ?", 1L);
        assertWhere(
                USERS.ID.eq("a").or(USERS.ID.eq("b")).not(), "NOT (`users`.`id` = ? OR `users`.`id` = ?)", "a", "b");
        assertWhere(
                not(USERS.IS_BANNED).and(USERS.EMAIL.isNull()), "NOT `users`.`is_banned` AND `users`.`email` IS NULL");
    }

    @Test
    void secondWhereCallIsAndedWithTheFirstKeepingItsParentheses() {
        assertRenders(
                DSL.select(USERS.ID)
                        .from(USERS)
                        .where(USERS.ID.eq("a").or(USERS.ID.eq("b")))
                        .where(USERS.POINTS.gt(1)),
                "SELECT `users`.`id` FROM `users` WHERE (`users`.`id` = ? OR `users`.`id` = ?) AND `users`.`points` > ?",
                "a",
                "b",
                1L);
    }

    @Test
    void functionsAndAndOrCombineConditionsAndHandleNone() {
        assertWhere(
                and(USERS.ID.eq("a"), or(USERS.POINTS.gt(1), USERS.IS_BANNED)),
                "`users`.`id` = ? AND (`users`.`points` > ? OR `users`.`is_banned`)",
                "a",
                1L);
        assertWhere(and(), "1 = 1");
        assertWhere(or(), "1 = 0");
    }

    @Test
    void comparisonOfAConditionIsParenthesised() {
        assertWhere(USERS.IS_BANNED.eq(USERS.POINTS.gt(100)), "`users`.`is_banned` = (`users`.`points` > ?)", 100L);
    }

    @Test
    void existsAndNotExistsRenderACorrelatedSubquery() {
        SelectQuery<Long> screensOfUser = DSL.select(SCREENS.ID).from(SCREENS).where(SCREENS.USER_ID.eq(USERS.ID));
        assertWhere(
                exists(screensOfUser),
                "EXISTS (SELECT `screens`.`id` FROM `screens` WHERE `screens`.`user_id` = `users`.`id`)");
        assertWhere(
                notExists(screensOfUser),
                "NOT EXISTS (SELECT `screens`.`id` FROM `screens` WHERE `screens`.`user_id` = `users`.`id`)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // arithmetic and text

    @Test
    void arithmeticOperatorsBindIntegersAsLongAndOtherNumbersAsDouble() {
        assertSelects(USERS.POINTS.plus(1), "`users`.`points` + ?", 1L);
        assertSelects(USERS.POINTS.minus(2L), "`users`.`points` - ?", 2L);
        assertSelects(USERS.POINTS.times(1.5), "`users`.`points` * ?", 1.5);
        assertSelects(USERS.POINTS.div(4), "`users`.`points` / ?", 4L);
        assertSelects(USERS.POINTS.mod(3), "`users`.`points` % ?", 3L);
        assertSelects(USERS.POINTS.negate(), "-`users`.`points`");
    }

    @Test
    void arithmeticWithAnotherExpressionBindsNothing() {
        assertSelects(
                USERS.POINTS.plus(SCREENS.FLOW_INDEX).times(SCREENS.APP_ID),
                "(`users`.`points` + `screens`.`flow_index`) * `screens`.`app_id`");
    }

    @Test
    void arithmeticParenthesisesOnlyWherePrecedenceNeedsIt() {
        assertSelects(USERS.POINTS.plus(1).times(2), "(`users`.`points` + ?) * ?", 1L, 2L);
        assertSelects(USERS.POINTS.times(2).plus(1), "`users`.`points` * ? + ?", 2L, 1L);
        assertSelects(USERS.POINTS.minus(1).minus(2), "`users`.`points` - ? - ?", 1L, 2L);
        assertSelects(USERS.POINTS.minus(USERS.POINTS.minus(3)), "`users`.`points` - (`users`.`points` - ?)", 3L);
        assertSelects(USERS.POINTS.div(USERS.POINTS.times(2)), "`users`.`points` / (`users`.`points` * ?)", 2L);
        assertSelects(USERS.POINTS.div(2).mod(3), "`users`.`points` / ? % ?", 2L, 3L);
    }

    @Test
    void negateParenthesisesABinaryOperand() {
        assertSelects(USERS.POINTS.plus(1).negate(), "-(`users`.`points` + ?)", 1L);
        assertSelects(USERS.POINTS.negate().times(2), "-`users`.`points` * ?", 2L);
    }

    @Test
    void subtractingANegatedValueKeepsASpaceBetweenTheMinusSigns() {
        assertSelects(USERS.POINTS.minus(USERS.POINTS.negate()), "`users`.`points` - -`users`.`points`");
    }

    @Test
    void doubleNegationDoesNotRenderAnSqlLineComment() {
        // "--" starts a comment in SQL: "SELECT --x FROM t" comments out the rest of the statement.
        String sql = DSL.select(USERS.POINTS.negate().negate())
                .from(USERS)
                .toStatement()
                .sql();
        assertThat(sql).doesNotContain("--");
        assertThat(sql)
                .isIn(q("SELECT -(-`users`.`points`) FROM `users`"), q("SELECT - -`users`.`points` FROM `users`"));
    }

    @Test
    void comparisonOfArithmeticNeedsNoParentheses() {
        assertWhere(USERS.POINTS.plus(10).ge(100), "`users`.`points` + ? >= ?", 10L, 100L);
    }

    @Test
    void stringFunctionsRenderAsCalls() {
        assertSelects(USERS.EMAIL.lower(), "lower(`users`.`email`)");
        assertSelects(USERS.EMAIL.upper(), "upper(`users`.`email`)");
        assertSelects(USERS.EMAIL.trim(), "trim(`users`.`email`)");
        assertSelects(USERS.EMAIL.length(), "length(`users`.`email`)");
    }

    @Test
    void concatChainsWithoutParenthesesAndBindsText() {
        assertSelects(
                USERS.DISPLAY_NAME.concat(" <").concat(USERS.EMAIL).concat(">"),
                "`users`.`display_name` || ? || `users`.`email` || ?",
                " <",
                ">");
        assertSelects(USERS.ID.concat(USERS.EMAIL).upper(), "upper(`users`.`id` || `users`.`email`)");
    }

    @Test
    void concatOfArithmeticIsParenthesised() {
        assertSelects(USERS.ID.concat(USERS.POINTS.plus(1)), "`users`.`id` || (`users`.`points` + ?)", 1L);
    }

    @Test
    void likeOnAConcatenationNeedsNoParentheses() {
        assertWhere(USERS.ID.concat("@").like("u%"), "`users`.`id` || ? LIKE ?", "@", "u%");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // aggregates, GROUP BY, HAVING, ORDER BY, LIMIT, OFFSET

    @Test
    void countForms() {
        assertSelects(count(), "count(*)");
        assertSelects(count(USERS.EMAIL), "count(`users`.`email`)");
        assertSelects(countDistinct(USERS.TIER), "count(DISTINCT `users`.`tier`)");
    }

    @Test
    void sumTotalAvgMinMax() {
        assertSelects(sum(USERS.POINTS), "sum(`users`.`points`)");
        assertSelects(total(USERS.POINTS), "total(`users`.`points`)");
        assertSelects(avg(USERS.POINTS), "avg(`users`.`points`)");
        assertSelects(min(USERS.POINTS), "min(`users`.`points`)");
        assertSelects(max(USERS.EMAIL), "max(`users`.`email`)");
    }

    @Test
    void groupConcatWithAndWithoutSeparator() {
        assertSelects(groupConcat(USERS.ID), "group_concat(`users`.`id`)");
        assertSelects(groupConcat(USERS.ID, "; "), "group_concat(`users`.`id`, ?)", "; ");
    }

    @Test
    void aggregatesTakePartInArithmetic() {
        assertSelects(sum(USERS.POINTS).div(count()), "sum(`users`.`points`) / count(*)");
    }

    @Test
    void groupByAndHavingRenderInOrderWithBoundValues() {
        assertRenders(
                DSL.select(SCREENS.APP_ID, count())
                        .from(SCREENS)
                        .where(SCREENS.FLOW_INDEX.ge(0))
                        .groupBy(SCREENS.APP_ID, SCREENS.USER_ID)
                        .having(count().gt(10L))
                        .having(max(SCREENS.FLOW_INDEX).lt(50)),
                "SELECT `screens`.`app_id`, count(*) FROM `screens` WHERE `screens`.`flow_index` >= ? "
                        + "GROUP BY `screens`.`app_id`, `screens`.`user_id` "
                        + "HAVING count(*) > ? AND max(`screens`.`flow_index`) < ?",
                0L,
                10L,
                50L);
    }

    @Test
    void orderByDirectionsAndNullPlacement() {
        assertRenders(
                DSL.select(USERS.ID)
                        .from(USERS)
                        .orderBy(
                                USERS.POINTS.desc().nullsLast(),
                                USERS.EMAIL.asc().nullsFirst(),
                                USERS.ID.asc(),
                                USERS.TIER.desc()),
                "SELECT `users`.`id` FROM `users` ORDER BY `users`.`points` DESC NULLS LAST, "
                        + "`users`.`email` ASC NULLS FIRST, `users`.`id` ASC, `users`.`tier` DESC");
    }

    @Test
    void aliasedExpressionIsSelectedWithAsAndReferredToByItsAlias() {
        Expression<Long> screens = count().as("n");
        assertRenders(
                DSL.select(SCREENS.APP_ID, screens)
                        .from(SCREENS)
                        .groupBy(SCREENS.APP_ID)
                        .having(screens.gt(2L))
                        .orderBy(screens.desc()),
                "SELECT `screens`.`app_id`, count(*) AS `n` FROM `screens` GROUP BY `screens`.`app_id` "
                        + "HAVING `n` > ? ORDER BY `n` DESC",
                2L);
    }

    @Test
    void limitIsBoundAsAParameter() {
        assertRenders(DSL.select(USERS.ID).from(USERS).limit(20), "SELECT `users`.`id` FROM `users` LIMIT ?", 20L);
    }

    @Test
    void limitAndOffsetAreBoundInOrder() {
        assertRenders(
                DSL.select(USERS.ID)
                        .from(USERS)
                        .where(USERS.POINTS.gt(1))
                        .orderBy(USERS.ID.asc())
                        .limit(20)
                        .offset(40),
                "SELECT `users`.`id` FROM `users` WHERE `users`.`points` > ? ORDER BY `users`.`id` ASC LIMIT ? OFFSET ?",
                1L,
                20L,
                40L);
    }

    @Test
    void offsetAloneRendersLimitMinusOne() {
        assertRenders(
                DSL.select(USERS.ID).from(USERS).offset(10),
                "SELECT `users`.`id` FROM `users` LIMIT ? OFFSET ?",
                -1L,
                10L);
    }

    @Test
    void negativeLimitOrOffsetIsRefused() {
        SelectQuery<String> query = DSL.select(USERS.ID).from(USERS);
        assertThatThrownBy(() -> query.limit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit(-1)");
        assertThatThrownBy(() -> query.offset(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset(-5)");
    }

    @Test
    void fullSelectBindsParametersInTextOrder() {
        assertRenders(
                DSL.select(USERS.POINTS.plus(1), USERS.ID.concat("!"))
                        .from(USERS)
                        .join(APPS)
                        .on(APPS.OWNER_ID.eq(USERS.ID).and(APPS.NAME.ne("x")))
                        .where(USERS.ID.in(
                                DSL.select(SCREENS.USER_ID).from(SCREENS).where(SCREENS.FLOW_INDEX.eq(7))))
                        .groupBy(USERS.ID)
                        .having(count().ge(2L))
                        .orderBy(USERS.ID.asc())
                        .limit(3)
                        .offset(4),
                "SELECT `users`.`points` + ?, `users`.`id` || ? FROM `users` "
                        + "INNER JOIN `apps` ON `apps`.`owner_id` = `users`.`id` AND `apps`.`name` <> ? "
                        + "WHERE `users`.`id` IN (SELECT `screens`.`user_id` FROM `screens` WHERE `screens`.`flow_index` = ?) "
                        + "GROUP BY `users`.`id` HAVING count(*) >= ? ORDER BY `users`.`id` ASC LIMIT ? OFFSET ?",
                1L,
                "!",
                "x",
                7L,
                2L,
                3L,
                4L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // scalar subquery, CASE, coalesce, value, raw

    @Test
    void scalarSubqueryIsParenthesisedAndItsParametersBoundInPlace() {
        Expression<Integer> best =
                scalar(DSL.select(max(USERS.POINTS)).from(USERS).where(USERS.TIER.eq("pro")));
        assertRenders(
                DSL.select(USERS.ID).from(USERS).where(USERS.IS_BANNED.isFalse().and(USERS.POINTS.eq(best))),
                "SELECT `users`.`id` FROM `users` WHERE `users`.`is_banned` = ? AND `users`.`points` = "
                        + "(SELECT max(`users`.`points`) FROM `users` WHERE `users`.`tier` = ?)",
                0L,
                "pro");
    }

    @Test
    void scalarOfASubquerySelectingSeveralValuesIsRefused() {
        SelectQuery<Tuple2<String, Integer>> two =
                DSL.select(USERS.ID, USERS.POINTS).from(USERS);
        assertThatThrownBy(() -> scalar(two))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one expression");
    }

    @Test
    void caseWhenRendersEachBranchAndOtherwise() {
        assertSelects(
                caseWhen(USERS.POINTS.ge(1000), "gold")
                        .when(USERS.POINTS.ge(100), "silver")
                        .otherwise("bronze"),
                "CASE WHEN `users`.`points` >= ? THEN ? WHEN `users`.`points` >= ? THEN ? ELSE ? END",
                1000L,
                "gold",
                100L,
                "silver",
                "bronze");
    }

    @Test
    void caseWhenWithoutOtherwiseHasNoElseAndTakesExpressions() {
        assertSelects(
                caseWhen(USERS.EMAIL.isNull(), USERS.ID).when(USERS.IS_BANNED, USERS.DISPLAY_NAME),
                "CASE WHEN `users`.`email` IS NULL THEN `users`.`id` WHEN `users`.`is_banned` THEN `users`.`display_name` END");
    }

    @Test
    void caseWhenIsAnOperandThatNeedsNoParentheses() {
        assertSelects(
                caseWhen(USERS.IS_BANNED, 0).otherwise(1).eq(1),
                "CASE WHEN `users`.`is_banned` THEN ? ELSE ? END = ?",
                0L,
                1L,
                1L);
    }

    @Test
    void coalesceWithAFallbackValueOrExpressions() {
        assertSelects(coalesce(USERS.EMAIL, "none"), "coalesce(`users`.`email`, ?)", "none");
        assertSelects(
                coalesce(USERS.EMAIL, USERS.DISPLAY_NAME, USERS.ID),
                "coalesce(`users`.`email`, `users`.`display_name`, `users`.`id`)");
    }

    @Test
    void functionsValueBindsByTheValuesClass() {
        assertRenders(DSL.select(value(5), value(true), value(2.5), value("s")), "SELECT ?, ?, ?, ?", 5L, 1L, 2.5, "s");
        assertRenders(DSL.select(value(Instant.parse("2024-05-06T07:08:09Z"))), "SELECT ?", "2024-05-06 07:08:09");
    }

    @Test
    void functionsValueWithATypeMayBindNull() {
        assertRenders(DSL.select(value(null, SqlTypes.STRING)), "SELECT ?", (Object) null);
    }

    @Test
    void functionsValueOfNullWithoutATypeIsRefused() {
        assertThatThrownBy(() -> value(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value(null, type)");
    }

    @Test
    void rawInlinesExpressionArgumentsAndBindsOtherValues() {
        assertWhere(rawCondition("instr(?, ?) > ?", USERS.EMAIL, "@", 0), "instr(`users`.`email`, ?) > ?", "@", 0L);
    }

    @Test
    void rawExpressionIsParenthesisedWhenUsedAsAnOperand() {
        Expression<Long> days = raw(SqlTypes.LONG, "julianday('now') - julianday(?)", USERS.CREATED_AT);
        assertWhere(days.gt(30L), "(julianday('now') - julianday(`users`.`created_at`)) > ?", 30L);
        assertWhere(
                USERS.IS_BANNED.and(rawCondition("1 = 1 OR 1 = ?", 2)), "`users`.`is_banned` AND (1 = 1 OR 1 = ?)", 2L);
    }

    @Test
    void rawConvertsBoundArgumentsToStorageValues() {
        Instant at = Instant.parse("2024-01-02T03:04:05Z");
        assertWhere(
                rawCondition("f(?, ?, ?, ?, ?)", 7, true, 1.25f, at, null),
                "f(?, ?, ?, ?, ?)",
                7L,
                1L,
                1.25,
                "2024-01-02 03:04:05",
                null);
    }

    @Test
    void rawIgnoresPlaceholdersInsideQuotesAndBrackets() {
        Statement st = DSL.select(USERS.ID)
                .from(USERS)
                .where(rawCondition("'?' <> \"?\" AND `?` <> [?] AND 'it''s ?' <> ?", "x"))
                .toStatement();
        assertThat(st.sql())
                .isEqualTo("SELECT \"users\".\"id\" FROM \"users\" WHERE "
                        + "'?' <> \"?\" AND `?` <> [?] AND 'it''s ?' <> ?");
        assertThat(st.parameters()).containsExactly("x");
    }

    @Test
    void rawWithTooFewArgumentsIsRefusedWithACountInTheMessage() {
        assertThatThrownBy(() -> rawCondition("a = ? AND b = ?", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 ? placeholder(s)")
                .hasMessageContaining("1 argument(s)");
    }

    @Test
    void rawWithTooManyArgumentsIsRefused() {
        assertThatThrownBy(() -> raw(SqlTypes.LONG, "'?'", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 ? placeholder(s)")
                .hasMessageContaining("1 argument(s)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // INSERT

    @Test
    void insertOfOneRecordLeavesOutNullDefaultedColumnsButKeepsNullableOnes() {
        assertRenders(
                DSL.insertInto(USERS).values(User.of("u1", "d1")),
                USER_OF_INSERT + "(?, ?, ?, ?, ?)",
                "u1",
                null,
                null,
                "d1",
                0L);
    }

    @Test
    void insertOfAFullRecordWritesEveryColumnAsStorageValues() {
        User user = new User("u1", "a@b.c", "Ann", "d1", 42, "pro", Instant.parse("2024-01-02T03:04:05Z"), true);
        assertRenders(
                DSL.insertInto(USERS).values(user),
                "INSERT INTO `users` (" + BARE_USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                "u1",
                "a@b.c",
                "Ann",
                "d1",
                42L,
                "pro",
                "2024-01-02 03:04:05",
                1L);
    }

    @Test
    void insertLeavesOutANullGeneratedId() {
        assertRenders(
                DSL.insertInto(APPS).values(new App(null, "u1", "Maps")),
                "INSERT INTO `apps` (`owner_id`, `name`) VALUES (?, ?)",
                "u1",
                "Maps");
        assertRenders(
                DSL.insertInto(APPS).values(new App(5L, "u1", "Maps")),
                "INSERT INTO `apps` (`id`, `owner_id`, `name`) VALUES (?, ?, ?)",
                5L,
                "u1",
                "Maps");
    }

    @Test
    void insertBindsBlobsAsBytesAndNullableNullsAsNull() {
        byte[] png = {1, 2, 3};
        Statement st = DSL.insertInto(SCREENS)
                .values(new Screen(null, 7L, "u1", 2, null, png))
                .toStatement();
        assertThat(st.sql())
                .isEqualTo(q("INSERT INTO `screens` (`app_id`, `user_id`, `flow_index`, `title`, "
                        + "`thumbnail`) VALUES (?, ?, ?, ?, ?)"));
        assertThat(st.parameters()).containsExactly(7L, "u1", 2L, null, png);
    }

    @Test
    void insertOfManyRecordsOfTheSameShapeIsOneStatementWithOneTuplePerRow() {
        assertRenders(
                DSL.insertInto(USERS).values(List.of(User.of("u1", "d1"), User.of("u2", "d2"))),
                USER_OF_INSERT + "(?, ?, ?, ?, ?), (?, ?, ?, ?, ?)",
                "u1",
                null,
                null,
                "d1",
                0L,
                "u2",
                null,
                null,
                "d2",
                0L);
    }

    @Test
    void consecutiveRowsLeavingOutDifferentColumnsBecomeSeparateStatements() {
        User withPoints = new User("u2", null, null, "d2", 5, null, null, false);
        InsertQuery<User> insert =
                DSL.insertInto(USERS).values(List.of(User.of("u1", "d1"), withPoints, User.of("u3", "d3")));

        List<Statement> statements = insert.toStatements(100);

        assertThat(statements).hasSize(3);
        assertStatement(statements.get(0), USER_OF_INSERT + "(?, ?, ?, ?, ?)", "u1", null, null, "d1", 0L);
        assertStatement(
                statements.get(1),
                "INSERT INTO `users` (`id`, `email`, `display_name`, `device_id`, `points`, `is_banned`) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                "u2",
                null,
                null,
                "d2",
                5L,
                0L);
        assertStatement(statements.get(2), USER_OF_INSERT + "(?, ?, ?, ?, ?)", "u3", null, null, "d3", 0L);
    }

    @Test
    void toStatementOfAnInsertNeedingSeveralStatementsThrows() {
        User withPoints = new User("u2", null, null, "d2", 5, null, null, false);
        InsertQuery<User> insert = DSL.insertInto(USERS).values(List.of(User.of("u1", "d1"), withPoints));
        assertThatThrownBy(insert::toStatement)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toStatements");
    }

    @Test
    void insertOfAThousandUsersSplitsIntoStatementsOfAtMostOneHundredParametersInOrder() {
        List<User> users = IntStream.range(0, 1000)
                .mapToObj(i -> User.of("u" + i, "d" + i))
                .toList();

        List<Statement> statements = DSL.insertInto(USERS).values(users).toStatements(100);

        // 5 values a row: 20 rows, exactly 100 parameters, per statement.
        assertThat(statements).hasSize(50);
        String twentyRows = USER_OF_INSERT + String.join(", ", java.util.Collections.nCopies(20, "(?, ?, ?, ?, ?)"));
        List<Object> all = new ArrayList<>();
        for (Statement st : statements) {
            assertThat(st.parameters()).hasSizeLessThanOrEqualTo(100);
            assertThat(st.sql()).isEqualTo(q(twentyRows));
            all.addAll(st.parameters());
        }
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.addAll(Arrays.asList("u" + i, null, null, "d" + i, 0L));
        }
        assertThat(all).containsExactlyElementsOf(expected);
    }

    @Test
    void splitInsertKeepsTheUpsertAndReturningClausesInEveryStatementWithinTheLimit() {
        List<RateBucket> buckets = IntStream.range(0, 40)
                .mapToObj(i -> new RateBucket("k" + i, 100L, i))
                .toList();

        List<Statement> statements = DSL.insertInto(RATE_BUCKETS)
                .values(buckets)
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
                .returning(RATE_BUCKETS.KEY)
                .toStatements(100);

        // 3 values a row plus 1 in the upsert: 33 rows fit in 99 + 1 parameters.
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).parameters()).hasSize(100);
        assertThat(statements.get(1).parameters()).hasSize(7 * 3 + 1);
        String tail = " ON CONFLICT (`key`) DO UPDATE SET `count` = `rate_buckets`.`count` + ? RETURNING `key`";
        assertThat(statements.get(1).sql())
                .isEqualTo(q("INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) " + "VALUES "
                        + String.join(", ", java.util.Collections.nCopies(7, "(?, ?, ?)")) + tail));
        assertThat(statements.get(0).sql()).endsWith(q(tail));
        assertThat(statements.get(0).parameters().get(99)).isEqualTo(1L);
    }

    @Test
    void aRowWiderThanTheParameterLimitIsRefused() {
        InsertQuery<User> insert = DSL.insertInto(USERS).values(User.of("u1", "d1"));
        assertThatThrownBy(() -> insert.toStatements(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 values");
    }

    @Test
    void nullInANotNullColumnWithoutDefaultIsRefusedNamingTheColumn() {
        InsertQuery<User> insert = DSL.insertInto(USERS).values(User.of("u1", null));
        assertThatThrownBy(insert::toStatement)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device_id");
    }

    @Test
    void insertOfARowLeavingEveryColumnToTheDatabaseRendersDefaultValues() {
        assertRenders(
                DSL.insertInto(Counters.COUNTERS).values(new Counter(null, null)),
                "INSERT INTO `counters` DEFAULT VALUES");
        assertRenders(
                DSL.insertInto(Counters.COUNTERS)
                        .values(new Counter(null, null))
                        .returning(Counters.COUNTERS.ID),
                "INSERT INTO `counters` DEFAULT VALUES RETURNING `id`");
    }

    @Test
    void eachRowLeavingEveryColumnToTheDatabaseIsItsOwnStatement() {
        List<Statement> statements = DSL.insertInto(Counters.COUNTERS)
                .values(List.of(new Counter(null, null), new Counter(null, null)))
                .toStatements(100);
        assertThat(statements)
                .extracting(Statement::sql)
                .containsExactly(
                        q("INSERT INTO `counters` DEFAULT VALUES"), q("INSERT INTO `counters` DEFAULT VALUES"));
    }

    @Test
    void defaultValuesRowWithAnUpsertIsRefusedOrRenderedAsValidSql() {
        // SQLite has no "DEFAULT VALUES ON CONFLICT ...": that text is a syntax error. Refusing the query is fine.
        InsertQuery<Counter> upsert = DSL.insertInto(Counters.COUNTERS)
                .values(new Counter(null, null))
                .onConflictDoNothing();
        Throwable refused = catchThrowable(upsert::toStatement);
        if (refused == null) {
            assertThat(upsert.toStatement().sql()).doesNotContain("DEFAULT VALUES ON CONFLICT");
        } else {
            assertThat(refused).isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
        }
    }

    @Test
    void insertColumnByColumnWithSet() {
        assertRenders(
                DSL.insertInto(USERS)
                        .set(USERS.ID, "u1")
                        .set(USERS.DEVICE_ID, "d1")
                        .set(USERS.POINTS, 3),
                "INSERT INTO `users` (`id`, `device_id`, `points`) VALUES (?, ?, ?)",
                "u1",
                "d1",
                3L);
    }

    @Test
    void insertColumnByColumnTakesExpressions() {
        assertRenders(
                DSL.insertInto(USERS).set(USERS.ID, "u1").set(USERS.DEVICE_ID, raw(SqlTypes.STRING, "lower(?)", "D1")),
                "INSERT INTO `users` (`id`, `device_id`) VALUES (?, lower(?))",
                "u1",
                "D1");
    }

    @Test
    void insertColumnsSelectRendersTheSelectAfterTheColumnList() {
        assertRenders(
                DSL.insertInto(APPS)
                        .columns(APPS.OWNER_ID, APPS.NAME)
                        .select(DSL.select(USERS.ID, USERS.DISPLAY_NAME)
                                .from(USERS)
                                .where(USERS.POINTS.gt(10))),
                "INSERT INTO `apps` (`owner_id`, `name`) SELECT `users`.`id`, `users`.`display_name` FROM `users` "
                        + "WHERE `users`.`points` > ?",
                10L);
    }

    @Test
    void insertSelectWithAWhereAndOnConflictRendersTheConflictAfterTheWhere() {
        assertRenders(
                DSL.insertInto(APPS)
                        .columns(APPS.OWNER_ID, APPS.NAME)
                        .select(DSL.select(USERS.ID, USERS.DEVICE_ID)
                                .from(USERS)
                                .where(USERS.POINTS.ge(0)))
                        .onConflictDoNothing(),
                "INSERT INTO `apps` (`owner_id`, `name`) SELECT `users`.`id`, `users`.`device_id` FROM `users` "
                        + "WHERE `users`.`points` >= ? ON CONFLICT DO NOTHING",
                0L);
    }

    @Test
    void insertSelectWithoutWhereAndOnConflictStillHasAWhereBeforeOnConflict() {
        // SQLite cannot tell "ON CONFLICT" from a join's "ON" after "FROM t": an upsert's SELECT needs a WHERE clause.
        String sql = DSL.insertInto(APPS)
                .columns(APPS.OWNER_ID, APPS.NAME)
                .select(DSL.select(USERS.ID, USERS.DEVICE_ID).from(USERS))
                .onConflictDoNothing()
                .toStatement()
                .sql();
        assertThat(sql)
                .startsWith(q("INSERT INTO `apps` (`owner_id`, `name`) SELECT "))
                .endsWith(" ON CONFLICT DO NOTHING");
        assertThat(sql.substring(0, sql.indexOf(" ON CONFLICT"))).contains(" WHERE ");
    }

    @Test
    void insertOfAnEmptyListIsRefused() {
        assertThatThrownBy(() -> DSL.insertInto(USERS).values(List.of()).toStatement())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing to insert");
    }

    @Test
    void insertSelectIntoNoColumnsIsRefused() {
        assertThatThrownBy(() -> DSL.insertInto(APPS).columns())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columns() needs the columns the SELECT fills");
    }

    @Test
    void onConflictDoNothingWithoutTarget() {
        assertRenders(
                DSL.insertInto(USERS).values(User.of("u1", "d1")).onConflictDoNothing(),
                USER_OF_INSERT + "(?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                "u1",
                null,
                null,
                "d1",
                0L);
    }

    @Test
    void onConflictWithTargetDoNothing() {
        assertRenders(
                DSL.insertInto(RATE_BUCKETS)
                        .values(new RateBucket("k", 100L, 1))
                        .onConflict(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START)
                        .doNothing(),
                "INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) VALUES (?, ?, ?) "
                        + "ON CONFLICT (`key`, `window_start`) DO NOTHING",
                "k",
                100L,
                1L);
    }

    @Test
    void onConflictDoUpdateSetsWithExcludedValuesAndAWhere() {
        assertRenders(
                DSL.insertInto(RATE_BUCKETS)
                        .values(new RateBucket("k", 100L, 1))
                        .onConflict(RATE_BUCKETS.KEY)
                        .doUpdate()
                        .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()))
                        .set(RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.WINDOW_START.excluded())
                        .where(RATE_BUCKETS.WINDOW_START.eq(100L)),
                "INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) VALUES (?, ?, ?) "
                        + "ON CONFLICT (`key`) DO UPDATE SET `count` = `rate_buckets`.`count` + excluded.`count`, "
                        + "`window_start` = excluded.`window_start` WHERE `rate_buckets`.`window_start` = ?",
                "k",
                100L,
                1L,
                100L);
    }

    @Test
    void onConflictDoUpdateBindsSetValues() {
        assertRenders(
                DSL.insertInto(RATE_BUCKETS)
                        .values(new RateBucket("k", 100L, 1))
                        .onConflict(RATE_BUCKETS.KEY)
                        .doUpdate()
                        .set(RATE_BUCKETS.COUNT, 0),
                "INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) VALUES (?, ?, ?) "
                        + "ON CONFLICT (`key`) DO UPDATE SET `count` = ?",
                "k",
                100L,
                1L,
                0L);
    }

    @Test
    void onConflictWithoutTargetColumnsIsRefused() {
        InsertQuery<User> insert = DSL.insertInto(USERS).values(User.of("u1", "d1"));
        assertThatThrownBy(() -> insert.onConflict()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void insertReturningEveryColumnListsThemUnqualified() {
        assertRenders(
                DSL.insertInto(USERS).values(User.of("u1", "d1")).returning(),
                USER_OF_INSERT + "(?, ?, ?, ?, ?) RETURNING " + BARE_USER_COLUMNS,
                "u1",
                null,
                null,
                "d1",
                0L);
    }

    @Test
    void insertReturningOneColumnIsUnqualified() {
        assertRenders(
                DSL.insertInto(APPS).values(new App(null, "u1", "Maps")).returning(APPS.ID),
                "INSERT INTO `apps` (`owner_id`, `name`) VALUES (?, ?) RETURNING `id`",
                "u1",
                "Maps");
    }

    @Test
    void returningAnExpressionIsUnqualifiedAndBindsAfterTheStatement() {
        assertRenders(
                DSL.update(USERS)
                        .set(USERS.POINTS, 1)
                        .where(USERS.ID.eq("u1"))
                        .returning(USERS.POINTS.times(2).as("double")),
                "UPDATE `users` SET `points` = ? WHERE `users`.`id` = ? RETURNING `points` * ? AS `double`",
                1L,
                "u1",
                2L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generated columns

    @Test
    void insertOfARecordNeverWritesAGeneratedColumn() {
        assertRenders(
                DSL.insertInto(Scores.SCORES).values(new Score("p", 3, 99)),
                "INSERT INTO `scores` (`player`, `base`) VALUES (?, ?)",
                "p",
                3L);
        assertRenders(
                DSL.insertInto(Scores.SCORES).values(new Score("p", 3, null)).returning(Scores.SCORES.TOTAL),
                "INSERT INTO `scores` (`player`, `base`) VALUES (?, ?) RETURNING `total`",
                "p",
                3L);
    }

    @Test
    void settingAGeneratedColumnIsRefusedInInsertUpdateAndUpsert() {
        Scores s = Scores.SCORES;
        assertThatThrownBy(() -> DSL.insertInto(s).set(s.TOTAL, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generated");
        assertThatThrownBy(() -> DSL.update(s).set(s.TOTAL, s.BASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generated");
        UpsertSetStep<Score> upsert = DSL.insertInto(s)
                .values(new Score("p", 1, null))
                .onConflict(s.PLAYER)
                .doUpdate();
        assertThatThrownBy(() -> upsert.set(s.TOTAL, s.TOTAL.excluded()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generated");
    }

    @Test
    void insertSelectIntoAGeneratedColumnIsRefused() {
        Scores s = Scores.SCORES;
        assertThatThrownBy(() -> DSL.insertInto(s)
                        .columns(s.PLAYER, s.TOTAL)
                        .select(DSL.select(USERS.ID, USERS.POINTS).from(USERS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generated");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // UPDATE and DELETE

    @Test
    void updateSetsValuesWithUnqualifiedTargets() {
        assertRenders(
                DSL.update(USERS)
                        .set(USERS.TIER, "pro")
                        .set(USERS.IS_BANNED, false)
                        .where(USERS.ID.eq("u1")),
                "UPDATE `users` SET `tier` = ?, `is_banned` = ? WHERE `users`.`id` = ?",
                "pro",
                0L,
                "u1");
    }

    @Test
    void updateSetsAnExpression() {
        assertRenders(
                DSL.update(USERS).set(USERS.POINTS, USERS.POINTS.plus(10)).where(USERS.ID.eq("u1")),
                "UPDATE `users` SET `points` = `users`.`points` + ? WHERE `users`.`id` = ?",
                10L,
                "u1");
    }

    @Test
    void updateSetNullBindsNull() {
        assertRenders(
                DSL.update(USERS).set(USERS.EMAIL, (String) null), "UPDATE `users` SET `email` = ?", (Object) null);
    }

    @Test
    void updateWhereCalledTwiceAndsTheConditions() {
        assertRenders(
                DSL.update(USERS)
                        .set(USERS.TIER, "free")
                        .where(USERS.POINTS.lt(10))
                        .where(USERS.IS_BANNED),
                "UPDATE `users` SET `tier` = ? WHERE `users`.`points` < ? AND `users`.`is_banned`",
                "free",
                10L);
    }

    @Test
    void updateReturning() {
        assertRenders(
                DSL.update(USERS)
                        .set(USERS.IS_BANNED, true)
                        .where(USERS.POINTS.lt(0))
                        .returning(),
                "UPDATE `users` SET `is_banned` = ? WHERE `users`.`points` < ? RETURNING " + BARE_USER_COLUMNS,
                1L,
                0L);
    }

    @Test
    void deleteWithoutWhereDeletesEveryRow() {
        assertRenders(DSL.deleteFrom(RATE_BUCKETS), "DELETE FROM `rate_buckets`");
    }

    @Test
    void deleteWithWhere() {
        assertRenders(
                DSL.deleteFrom(RATE_BUCKETS).where(RATE_BUCKETS.WINDOW_START.lt(1000L)),
                "DELETE FROM `rate_buckets` WHERE `rate_buckets`.`window_start` < ?",
                1000L);
    }

    @Test
    void deleteReturning() {
        assertRenders(
                DSL.deleteFrom(SCREENS).where(SCREENS.APP_ID.eq(3L)).returning(SCREENS.ID),
                "DELETE FROM `screens` WHERE `screens`.`app_id` = ? RETURNING `id`",
                3L);
    }

    @Test
    void toStatementsOfAnythingButASplitInsertIsTheSingleStatement() {
        SelectQuery<String> select = DSL.select(USERS.ID).from(USERS).where(USERS.ID.eq("a"));
        assertThat(select.toStatements(1)).containsExactly(select.toStatement());
        DeleteQuery<User> delete = DSL.deleteFrom(USERS).where(USERS.ID.eq("a"));
        assertThat(delete.toStatements(100)).containsExactly(delete.toStatement());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // refusals, escaping, determinism, secrecy, immutability

    @Test
    void expressionsOrderingsAndSubqueriesImplementedOutsideSleetAreRefusedNamingWhatToUse() {
        Condition foreignCondition = new Condition() {};
        Ordering foreignOrdering = new Ordering() {
            @Override
            public Ordering nullsFirst() {
                return this;
            }

            @Override
            public Ordering nullsLast() {
                return this;
            }
        };
        Subquery<String> foreignSubquery = new Subquery<>() {};

        assertThatThrownBy(() -> USERS.IS_BANNED.and(foreignCondition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("implements Sleet's Expression interface itself")
                .hasMessageContaining("Functions.raw(type, sql, arguments...)");
        assertThatThrownBy(() -> DSL.selectFrom(USERS).orderBy(foreignOrdering))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("implements Sleet's Ordering interface itself")
                .hasMessageContaining("asc() or desc()");
        assertThatThrownBy(() -> USERS.ID.in(foreignSubquery))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("implements Sleet's Subquery interface itself")
                .hasMessageContaining("a select(...) query");
    }

    @Test
    void comparingWithNullIsRefusedPointingToIsNull() {
        assertThatThrownBy(() -> USERS.EMAIL.eq((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eq(null)")
                .hasMessageContaining("isNull()");
        assertThatThrownBy(() -> USERS.EMAIL.ne((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNotNull()");
        assertThatThrownBy(() -> USERS.POINTS.gt((Integer) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inListWithANullValueIsRefused() {
        List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
        assertThatThrownBy(() -> USERS.ID.in(withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull()");
    }

    @Test
    void inAndNotInVarargsWithANullValueAreRefusedLikeTheListForm() {
        assertThatThrownBy(() -> USERS.ID.in("a", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull()");
        assertThatThrownBy(() -> USERS.ID.notIn("a", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull()");
    }

    @Test
    void arithmeticWithNullIsRefused() {
        assertThatThrownBy(() -> USERS.POINTS.plus((Number) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identifiersWithDoubleQuotesAreEscapedByDoubling() {
        assertRenders(
                DSL.selectFrom(Odd.ODD).where(Odd.ODD.NAME.eq("x")),
                "SELECT `od``d`.`na``me` FROM `od``d` WHERE `od``d`.`na``me` = ?",
                "x");
        Odd aliased = Odd.ODD.as("a\"b");
        assertRenders(
                DSL.select(aliased.NAME.as("n\"m")).from(aliased),
                "SELECT `a``b`.`na``me` AS `n``m` FROM `od``d` AS `a``b`");
    }

    @Test
    void identifiersWithDoubleQuotesAreEscapedInInsertAndReturning() {
        assertRenders(
                DSL.insertInto(Odd.ODD).values("v").returning(Odd.ODD.NAME),
                "INSERT INTO `od``d` (`na``me`) VALUES (?) RETURNING `na``me`",
                "v");
    }

    @Test
    void theSameQueryRendersTheSameSqlEveryTime() {
        SelectQuery<String> query = DSL.select(USERS.ID)
                .from(USERS)
                .where(USERS.POINTS.in(1, 2).or(USERS.IS_BANNED))
                .orderBy(USERS.ID.desc())
                .limit(5);
        Statement first = query.toStatement();
        Statement second = query.toStatement();
        assertThat(second.sql()).isEqualTo(first.sql());
        assertThat(second.parameters()).isEqualTo(first.parameters());
        assertThat(DSL.select(USERS.ID)
                        .from(USERS)
                        .where(USERS.POINTS.in(1, 2).or(USERS.IS_BANNED))
                        .orderBy(USERS.ID.desc())
                        .limit(5)
                        .toStatement())
                .isEqualTo(first);
    }

    @Test
    void statementToStringShowsTheSqlAndCountButNeverTheValues() {
        Statement st = DSL.select(USERS.ID)
                .from(USERS)
                .where(USERS.EMAIL.eq("secret@example.com"))
                .toStatement();
        assertThat(st.toString()).contains(st.sql()).contains("1 parameter").doesNotContain("secret");
        Statement two = DSL.update(USERS)
                .set(USERS.DISPLAY_NAME, "hunter2")
                .where(USERS.ID.eq("u-secret"))
                .toStatement();
        assertThat(two.toString())
                .contains("2 parameters")
                .doesNotContain("hunter2")
                .doesNotContain("u-secret");
    }

    @Test
    void queryToStringNeverShowsTheValues() {
        assertThat(DSL.selectFrom(USERS)
                        .where(USERS.EMAIL.eq("secret@example.com"))
                        .toString())
                .contains("WHERE")
                .doesNotContain("secret");
        assertThat(DSL.insertInto(USERS).values(User.of("u-secret", "d-secret")).toString())
                .contains("INSERT INTO")
                .doesNotContain("secret");
        assertThat(DSL.update(USERS)
                        .set(USERS.TIER, "t-secret")
                        .returning(USERS.ID)
                        .toString())
                .contains("UPDATE")
                .doesNotContain("secret");
        assertThat(DSL.deleteFrom(USERS).where(USERS.ID.eq("u-secret")).toString())
                .contains("DELETE")
                .doesNotContain("secret");
    }

    @Test
    void buildingFromABaseSelectLeavesTheBaseUnchanged() {
        SelectQuery<String> base = DSL.select(USERS.ID).from(USERS).where(USERS.POINTS.gt(1));
        Statement before = base.toStatement();

        SelectQuery<String> derived = base.where(USERS.IS_BANNED)
                .distinct()
                .join(APPS)
                .on(APPS.OWNER_ID.eq(USERS.ID))
                .groupBy(USERS.ID)
                .having(count().gt(1L))
                .orderBy(USERS.ID.asc())
                .limit(3)
                .offset(1);
        base.map(String::length);

        assertThat(base.toStatement()).isEqualTo(before);
        assertStatement(before, "SELECT `users`.`id` FROM `users` WHERE `users`.`points` > ?", 1L);
        assertThat(derived.toStatement().sql()).isNotEqualTo(before.sql());
    }

    @Test
    void mappingRowsLeavesTheSqlUnchanged() {
        SelectQuery<String> ids = DSL.select(USERS.ID).from(USERS).where(USERS.POINTS.gt(1));
        assertThat(ids.map(String::length).toStatement()).isEqualTo(ids.toStatement());
    }

    @Test
    void buildingFromBaseWriteQueriesLeavesTheBasesUnchanged() {
        InsertQuery<RateBucket> insert = DSL.insertInto(RATE_BUCKETS).values(new RateBucket("k", 1L, 1));
        Statement insertBefore = insert.toStatement();
        insert.onConflictDoNothing();
        insert.onConflict(RATE_BUCKETS.KEY).doUpdate().set(RATE_BUCKETS.COUNT, 2);
        insert.returning();
        assertThat(insert.toStatement()).isEqualTo(insertBefore);

        UpdateQuery<User> update = DSL.update(USERS).set(USERS.TIER, "pro");
        Statement updateBefore = update.toStatement();
        update.set(USERS.POINTS, 1);
        update.where(USERS.ID.eq("u1"));
        assertThat(update.toStatement()).isEqualTo(updateBefore);

        DeleteQuery<User> delete = DSL.deleteFrom(USERS);
        delete.where(USERS.ID.eq("u1"));
        assertThat(delete.toStatement().sql()).isEqualTo(q("DELETE FROM `users`"));
    }

    @Test
    void caseExpressionBranchesDoNotLeakIntoEarlierExpressions() {
        var base = caseWhen(USERS.IS_BANNED, "banned");
        base.when(USERS.POINTS.gt(10), "rich");
        base.otherwise("other");
        assertSelects(base, "CASE WHEN `users`.`is_banned` THEN ? END", "banned");
    }
}
