package dev.sleet.query;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.exists;
import static dev.sleet.expr.Functions.max;
import static dev.sleet.expr.Functions.scalar;
import static dev.sleet.fixtures.Apps.APPS;
import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.expr.Expression;
import dev.sleet.query.internal.QueryPart;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.types.Converter;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rendering for a transport that rounds 64-bit integers ({@code integersAsText}): only the result columns that are
 * read back (the outermost SELECT list, RETURNING) select them as text, under the names SQLite would have given them;
 * subqueries, whose values other SQL compares, sorts or stores, keep their integers.
 *
 * <p>Expected SQL is written with backticks standing for double quotes.
 */
class IntegersAsTextRenderingTest {

    private static final QueryDsl DSL = Sleet.dsl();
    private static final RenderOptions REMOTE = new RenderOptions(100, true);

    /** A user's 64-bit id type, stored as a LONG through a converter. */
    record AccountId(long value) {}

    static final SqlType<AccountId> ACCOUNT_ID = SqlTypes.LONG.map(Converter.of(AccountId::value, AccountId::new));

    /** A table whose key is a converted 64-bit integer. */
    static final class Accounts extends SqlTable<AccountId> {
        static final Accounts ACCOUNTS = new Accounts(null);

        final SqlColumn<AccountId> ID = column("id", ACCOUNT_ID);

        private Accounts(String alias) {
            super("accounts", alias);
        }

        @Override
        public Accounts as(String alias) {
            return new Accounts(alias);
        }

        @Override
        protected AccountId readRow(RowCursor row, int first) {
            return read(ID, row, first);
        }

        @Override
        protected Object[] storageValues(AccountId row) {
            return new Object[] {toSql(ID, row)};
        }
    }

    private static String q(String sql) {
        return sql.replace('`', '"');
    }

    private static String remote(Query<?> query) {
        List<Statement> statements = QueryPart.of(query).toStatements(REMOTE);
        assertThat(statements).hasSize(1);
        return statements.get(0).sql();
    }

    @Test
    void theOuterSelectListCastsLongColumnsAndKeepsTheirNames() {
        assertThat(remote(DSL.select(SCREENS.ID, SCREENS.TITLE, SCREENS.FLOW_INDEX)
                        .from(SCREENS)))
                .isEqualTo(q("SELECT CAST(`screens`.`id` AS TEXT) AS `id`, `screens`.`title`, `screens`.`flow_index` "
                        + "FROM `screens`"));
        assertThat(remote(DSL.selectFrom(RATE_BUCKETS)))
                .isEqualTo(
                        q("SELECT `rate_buckets`.`key`, CAST(`rate_buckets`.`window_start` AS TEXT) AS `window_start`, "
                                + "`rate_buckets`.`count` FROM `rate_buckets`"));
        assertThat(remote(DSL.select(SCREENS.as("s").APP_ID).from(SCREENS.as("s"))))
                .isEqualTo(q("SELECT CAST(`s`.`app_id` AS TEXT) AS `app_id` FROM `screens` AS `s`"));
    }

    @Test
    void anAliasedLongKeepsItsAliasAndIsReferredToAsAnInteger() {
        Expression<Long> app = SCREENS.APP_ID.as("app");
        Expression<Long> n = count().as("n");
        assertThat(remote(DSL.select(app, n)
                        .from(SCREENS)
                        .groupBy(SCREENS.APP_ID)
                        .having(n.gt(9L))
                        .orderBy(n.desc())))
                .isEqualTo(q("SELECT CAST(`screens`.`app_id` AS TEXT) AS `app`, CAST(count(*) AS TEXT) AS `n` "
                        + "FROM `screens` GROUP BY `screens`.`app_id` HAVING CAST(`n` AS INTEGER) > ? "
                        + "ORDER BY CAST(`n` AS INTEGER) DESC"));
        // Without the cast, the alias is referred to as it is.
        assertThat(DSL.select(app, n)
                        .from(SCREENS)
                        .groupBy(SCREENS.APP_ID)
                        .orderBy(n.desc())
                        .toStatement()
                        .sql())
                .isEqualTo(q("SELECT `screens`.`app_id` AS `app`, count(*) AS `n` FROM `screens` "
                        + "GROUP BY `screens`.`app_id` ORDER BY `n` DESC"));
    }

    @Test
    void anUnnamedLongExpressionIsNamedByItsOwnText() {
        assertThat(remote(DSL.select(count()).from(SCREENS)))
                .isEqualTo(q("SELECT CAST(count(*) AS TEXT) AS `count(*)` FROM `screens`"));
        assertThat(remote(DSL.select(SCREENS.ID.plus(1L)).from(SCREENS)))
                .isEqualTo(q("SELECT CAST(`screens`.`id` + ? AS TEXT) AS ```screens``.``id`` + ?` FROM `screens`"));
    }

    @Test
    void integersAsTextOffChangesNothing() {
        assertThat(QueryPart.of(DSL.select(SCREENS.ID, count()).from(SCREENS))
                        .toStatements(new RenderOptions(100, false))
                        .get(0)
                        .sql())
                .isEqualTo(q("SELECT `screens`.`id`, count(*) FROM `screens`"));
        assertThat(DSL.selectFrom(RATE_BUCKETS).toStatement().sql())
                .isEqualTo(q("SELECT `rate_buckets`.`key`, `rate_buckets`.`window_start`, `rate_buckets`.`count` "
                        + "FROM `rate_buckets`"));
    }

    @Test
    void aScalarSubqueryInWhereKeepsItsInteger() {
        assertThat(remote(DSL.select(APPS.NAME)
                        .from(APPS)
                        .where(scalar(DSL.select(count()).from(SCREENS).where(SCREENS.APP_ID.eq(APPS.ID)))
                                .gt(9L))))
                .isEqualTo(q("SELECT `apps`.`name` FROM `apps` WHERE (SELECT count(*) FROM `screens` "
                        + "WHERE `screens`.`app_id` = `apps`.`id`) > ?"));
    }

    @Test
    void aScalarSubqueryInOrderByKeepsItsInteger() {
        assertThat(remote(DSL.select(APPS.NAME)
                        .from(APPS)
                        .orderBy(scalar(DSL.select(count()).from(SCREENS).where(SCREENS.APP_ID.eq(APPS.ID)))
                                .desc())))
                .isEqualTo(q("SELECT `apps`.`name` FROM `apps` ORDER BY (SELECT count(*) FROM `screens` "
                        + "WHERE `screens`.`app_id` = `apps`.`id`) DESC"));
    }

    @Test
    void aScalarSubquerySelectedIsCastOnlyOutside() {
        assertThat(remote(
                        DSL.select(APPS.NAME, scalar(DSL.select(max(SCREENS.ID)).from(SCREENS)))
                                .from(APPS)))
                .isEqualTo(q("SELECT `apps`.`name`, CAST((SELECT max(`screens`.`id`) FROM `screens`) AS TEXT) "
                        + "AS `(SELECT max(``screens``.``id``) FROM ``screens``)` FROM `apps`"));
        assertThat(remote(DSL.select(
                                APPS.NAME,
                                scalar(DSL.select(max(SCREENS.ID)).from(SCREENS))
                                        .as("top"))
                        .from(APPS)))
                .isEqualTo(q("SELECT `apps`.`name`, CAST((SELECT max(`screens`.`id`) FROM `screens`) AS TEXT) AS `top` "
                        + "FROM `apps`"));
    }

    @Test
    void inAndExistsSubqueriesKeepTheirIntegers() {
        assertThat(remote(DSL.selectFrom(APPS)
                        .where(APPS.ID.in(DSL.select(SCREENS.APP_ID).from(SCREENS)))))
                .isEqualTo(q("SELECT CAST(`apps`.`id` AS TEXT) AS `id`, `apps`.`owner_id`, `apps`.`name` FROM `apps` "
                        + "WHERE `apps`.`id` IN (SELECT `screens`.`app_id` FROM `screens`)"));
        assertThat(remote(DSL.select(APPS.NAME)
                        .from(APPS)
                        .where(exists(DSL.selectFrom(SCREENS).where(SCREENS.APP_ID.eq(APPS.ID))))))
                .isEqualTo(
                        q("SELECT `apps`.`name` FROM `apps` WHERE EXISTS (SELECT `screens`.`id`, `screens`.`app_id`, "
                                + "`screens`.`user_id`, `screens`.`flow_index`, `screens`.`title`, `screens`.`thumbnail` "
                                + "FROM `screens` WHERE `screens`.`app_id` = `apps`.`id`)"));
    }

    @Test
    void insertSelectStoresIntegersAndReturningCastsThem() {
        assertThat(remote(DSL.insertInto(RATE_BUCKETS)
                        .columns(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.COUNT)
                        .select(DSL.select(USERS.ID, SCREENS.APP_ID, SCREENS.FLOW_INDEX)
                                .from(SCREENS)
                                .join(USERS)
                                .on(USERS.ID.eq(SCREENS.USER_ID)))))
                .isEqualTo(q("INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) SELECT `users`.`id`, "
                        + "`screens`.`app_id`, `screens`.`flow_index` FROM `screens` INNER JOIN `users` "
                        + "ON `users`.`id` = `screens`.`user_id`"));
        assertThat(remote(DSL.insertInto(RATE_BUCKETS)
                        .columns(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.COUNT)
                        .select(DSL.select(USERS.ID, SCREENS.APP_ID, SCREENS.FLOW_INDEX)
                                .from(SCREENS)
                                .join(USERS)
                                .on(USERS.ID.eq(SCREENS.USER_ID)))
                        .returning(RATE_BUCKETS.WINDOW_START)))
                .isEqualTo(
                        q(
                                "INSERT INTO `rate_buckets` (`key`, `window_start`, `count`) SELECT `users`.`id`, "
                                        + "`screens`.`app_id`, `screens`.`flow_index` FROM `screens` INNER JOIN `users` "
                                        + "ON `users`.`id` = `screens`.`user_id` RETURNING CAST(`window_start` AS TEXT) AS `window_start`"));
    }

    @Test
    void returningCastsLongs() {
        assertThat(remote(DSL.update(RATE_BUCKETS)
                        .set(RATE_BUCKETS.COUNT, 0)
                        .where(RATE_BUCKETS.WINDOW_START.in(
                                DSL.select(SCREENS.ID).from(SCREENS)))
                        .returning()))
                .isEqualTo(q("UPDATE `rate_buckets` SET `count` = ? WHERE `rate_buckets`.`window_start` IN "
                        + "(SELECT `screens`.`id` FROM `screens`) RETURNING `key`, CAST(`window_start` AS TEXT) AS "
                        + "`window_start`, `count`"));
        assertThat(remote(DSL.deleteFrom(SCREENS).where(SCREENS.ID.eq(1L)).returning(SCREENS.ID)))
                .isEqualTo(q("DELETE FROM `screens` WHERE `screens`.`id` = ? RETURNING CAST(`id` AS TEXT) AS `id`"));
    }

    @Test
    void convertedLongTypesAreCastToo() {
        Accounts a = Accounts.ACCOUNTS;
        assertThat(remote(DSL.selectFrom(a)))
                .isEqualTo(q("SELECT CAST(`accounts`.`id` AS TEXT) AS `id` FROM `accounts`"));
        assertThat(remote(DSL.select(max(a.ID)).from(a)))
                .isEqualTo(
                        q("SELECT CAST(max(`accounts`.`id`) AS TEXT) AS `max(``accounts``.``id``)` FROM `accounts`"));
        SqlType<LocalDateTime> twiceConverted = SqlTypes.LOCAL_DATE_TIME_EPOCH_MILLIS;
        assertThat(SqlTypes.isWideInteger(twiceConverted)).isTrue();
        SqlType<String> mappedTwice = ACCOUNT_ID.map(
                Converter.of((String s) -> new AccountId(Long.parseLong(s)), id -> Long.toString(id.value())));
        assertThat(SqlTypes.isWideInteger(mappedTwice)).isTrue();
        assertThat(SqlTypes.isWideInteger(SqlTypes.INTEGER)).isFalse();
        assertThat(SqlTypes.isWideInteger(SqlTypes.INTEGER.map(Converter.of(Long::intValue, Integer::longValue))))
                .isFalse();
        assertThat(SqlTypes.isWideInteger(SqlTypes.STRING)).isFalse();
    }
}
