package dev.sleet.d1.http;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.max;
import static dev.sleet.expr.Functions.scalar;
import static dev.sleet.fixtures.Apps.APPS;
import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.expr.Expression;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Schema;
import dev.sleet.query.Query;
import dev.sleet.query.QueryDsl;
import dev.sleet.query.internal.QueryPart;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.tuple.Tuple2;
import dev.sleet.types.ValuesCursor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queries rendered for the remote driver ({@code integersAsText}, values rewritten by {@link JsonParameters} and
 * bound as D1 binds JSON, rows read from storage values as a JSON answer is) answer exactly as the same queries
 * rendered for the embedded engine: the same rows, in the same order, under the same column names.
 */
class IntegersAsTextQueriesTest {

    private static final QueryDsl DSL = Sleet.dsl();
    private static final RenderOptions REMOTE = new RenderOptions(100, true);
    private static final long BIG = 9_007_199_254_740_993L;

    private Database db;

    @BeforeEach
    void open() {
        db = Schema.create(Sleet.sqliteInMemory());
        StringBuilder sql = new StringBuilder("""
        INSERT INTO users (id, device_id) VALUES ('u1', 'd1');
        INSERT INTO apps (id, owner_id, name) VALUES (1, 'u1', 'many'), (2, 'u1', 'few'), (3, 'u1', 'ten');
        """);
        int[] screensPerApp = {12, 3, 10};
        for (int app = 1; app <= 3; app++) {
            for (int i = 0; i < screensPerApp[app - 1]; i++) {
                sql.append("INSERT INTO screens (app_id, user_id, flow_index) VALUES (")
                        .append(app)
                        .append(", 'u1', ")
                        .append(i)
                        .append(");\n");
            }
        }
        sql.append("INSERT INTO rate_buckets (key, window_start, count) VALUES ('big', ")
                .append(BIG)
                .append(", 1), ('small', 5, 2), ('max', ")
                .append(Long.MAX_VALUE)
                .append(", 3);");
        db.exec(sql.toString());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Runs the query as the remote driver would send it, on the embedded engine. */
    private <R> Results<R> remotely(Query<R> query) {
        List<Statement> statements = QueryPart.of(query).toStatements(REMOTE);
        assertThat(statements).hasSize(1);
        Statement statement = statements.get(0);
        JsonParameters json = JsonParameters.of(statement.sql(), statement.parameters());
        Results<Row> rows = db.prepare(json.sql()).bind(json.values().toArray()).all();
        List<R> read = new ArrayList<>();
        ValuesCursor cursor = new ValuesCursor(
                rows.columnNames(), new Object[rows.columnNames().size()]);
        for (Row row : rows) {
            cursor.setRow(row.values().toArray());
            read.add(QueryPart.of(query).rowReader().read(cursor));
        }
        return new Results<>(rows.columnNames(), read, rows.meta());
    }

    private <R> void answersAlike(Query<R> query) {
        @SuppressWarnings("unchecked")
        Results<R> embedded = (Results<R>) db.batch(query).get(0);
        Results<R> remote = remotely(query);
        assertThat(remote).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(embedded);
        assertThat(remote.columnNames()).isEqualTo(embedded.columnNames());
    }

    private Expression<Long> screenCount() {
        return scalar(DSL.select(count()).from(SCREENS).where(SCREENS.APP_ID.eq(APPS.ID)));
    }

    @Test
    void aScalarSubqueryComparesAsANumber() {
        Query<String> query =
                DSL.select(APPS.NAME).from(APPS).where(screenCount().gt(9L)).orderBy(APPS.ID.asc());
        assertThat(remotely(query)).containsExactly("many", "ten");
        answersAlike(query);
    }

    @Test
    void aScalarSubquerySortsAsANumber() {
        Query<String> query =
                DSL.select(APPS.NAME).from(APPS).orderBy(screenCount().desc());
        assertThat(remotely(query)).containsExactly("many", "ten", "few");
        answersAlike(query);
    }

    @Test
    void aSelectedScalarSubqueryReadsBackAsItsNumber() {
        Query<Tuple2<String, Long>> query =
                DSL.select(APPS.NAME, screenCount()).from(APPS).orderBy(APPS.ID.asc());
        assertThat(remotely(query))
                .containsExactly(new Tuple2<>("many", 12L), new Tuple2<>("few", 3L), new Tuple2<>("ten", 10L));
        answersAlike(query);
    }

    @Test
    void anAliasedCountSortsAndFiltersAsANumber() {
        Expression<Long> app = SCREENS.APP_ID.as("app");
        Expression<Long> n = count().as("n");
        Query<Tuple2<Long, Long>> query = DSL.select(app, n)
                .from(SCREENS)
                .groupBy(SCREENS.APP_ID)
                .having(n.gt(9L))
                .orderBy(n.desc());
        assertThat(remotely(query)).containsExactly(new Tuple2<>(1L, 12L), new Tuple2<>(3L, 10L));
        assertThat(remotely(query).columnNames()).containsExactly("app", "n");
        answersAlike(query);
    }

    @Test
    void inSubqueriesMatchIntegers() {
        Query<String> query = DSL.select(APPS.NAME)
                .from(APPS)
                .where(APPS.ID.in(DSL.select(SCREENS.APP_ID).from(SCREENS).where(SCREENS.FLOW_INDEX.ge(10))))
                .orderBy(APPS.ID.asc());
        assertThat(remotely(query)).containsExactly("many");
        answersAlike(query);
    }

    @Test
    void largeIntegersAndColumnNamesMatchTheEmbeddedEngine() {
        answersAlike(DSL.selectFrom(RATE_BUCKETS).orderBy(RATE_BUCKETS.WINDOW_START.asc()));
        answersAlike(DSL.selectFrom(SCREENS).orderBy(SCREENS.ID.asc()));
        answersAlike(DSL.select(SCREENS.ID, SCREENS.TITLE, SCREENS.APP_ID)
                .from(SCREENS)
                .orderBy(SCREENS.ID.desc()));
        answersAlike(DSL.select(RATE_BUCKETS.WINDOW_START.as("start"), RATE_BUCKETS.KEY)
                .from(RATE_BUCKETS)
                .orderBy(RATE_BUCKETS.KEY.asc()));
        answersAlike(DSL.select(max(RATE_BUCKETS.WINDOW_START), count()).from(RATE_BUCKETS));
        answersAlike(DSL.select(RATE_BUCKETS.WINDOW_START.minus(1L))
                .from(RATE_BUCKETS)
                .where(RATE_BUCKETS.WINDOW_START.eq(BIG)));
        assertThat(remotely(DSL.select(RATE_BUCKETS.WINDOW_START)
                        .from(RATE_BUCKETS)
                        .orderBy(RATE_BUCKETS.WINDOW_START.asc())))
                .containsExactly(5L, BIG, Long.MAX_VALUE);
    }

    @Test
    void insertSelectStoresIntegersAndReturningReadsThemExactly() {
        Query<RateBucket> insert = DSL.insertInto(RATE_BUCKETS)
                .columns(RATE_BUCKETS.KEY, RATE_BUCKETS.WINDOW_START, RATE_BUCKETS.COUNT)
                .select(DSL.select(APPS.NAME, APPS.ID.plus(BIG), APPS.ID)
                        .from(APPS)
                        .where(APPS.ID.le(2L)))
                .returning();
        assertThat(remotely(insert))
                .containsExactlyInAnyOrder(new RateBucket("many", BIG + 1, 1), new RateBucket("few", BIG + 2, 2));
        assertThat(db.prepare("SELECT DISTINCT typeof(window_start) FROM rate_buckets")
                        .all()
                        .get(0)
                        .get(0))
                .isEqualTo("integer");
        assertThat(db.prepare("SELECT count(*) FROM rate_buckets WHERE window_start > 1000")
                        .first("count(*)"))
                .contains(4L);
    }
}
