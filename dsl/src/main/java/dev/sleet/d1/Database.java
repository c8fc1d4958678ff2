package dev.sleet.d1;

import dev.sleet.query.Query;
import dev.sleet.query.QueryDsl;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.internal.QueryPart;
import dev.sleet.result.ExecResult;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A D1 database as Java code sees it: the D1 binding's verbs ({@code prepare}, {@code batch}, {@code exec}) and the
 * typed query DSL, whose queries run here. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (Database db = Sleet.sqlite(Path.of("app.db"))) {
 *   Optional<User> u = db.selectFrom(USERS).where(USERS.EMAIL.eq(email)).first();
 *   db.batch(
 *       db.insertInto(SCREENS).values(screen),
 *       db.update(USERS).set(USERS.SCREENS_UPLOADED, USERS.SCREENS_UPLOADED.plus(1)).where(USERS.ID.eq(userId)));
 *   db.prepare("SELECT * FROM users WHERE device_id = ?").bind(deviceId).first();
 * }
 * }</pre>
 *
 * <p>There is no {@code transaction()}: D1 has no interactive transactions, and {@link #batch} is the atomic unit.
 * A query that must be split to fit D1's limits (a multi-row insert over 100 parameters) runs as one batch, so it
 * is atomic too.
 */
public final class Database extends QueryDsl implements AutoCloseable {

    private final Driver driver;
    private final Runner runner;

    /** A database over a driver; {@code Sleet.sqlite(...)} and {@code Sleet.d1(...)} are the usual way to get one. */
    public Database(Driver driver) {
        this(new Runner(driver));
    }

    private Database(Runner runner) {
        super(runner);
        this.runner = runner;
        this.driver = runner.driver();
    }

    /** A raw SQL statement, to {@code bind(...)} and run (D1's {@code prepare}). */
    public PreparedQuery prepare(String sql) {
        return new PreparedQuery(runner, sql, List.of());
    }

    /** Runs the queries built from this database: one statement on its own, a split one as one batch. */
    private record Runner(Driver driver) implements QueryRunner {

        @Override
        public <R> Results<R> all(Query<R> query) {
            QueryPart<R> part = partOf(query);
            List<Statement> statements = part.toStatements(driver.renderOptions());
            if (statements.size() == 1) {
                return driver.execute(statements.get(0), part.rowReader());
            }
            List<Step<?>> steps = new ArrayList<>(statements.size());
            for (Statement statement : statements) {
                steps.add(new Step<>(statement, part.rowReader()));
            }
            return merge(driver.batch(steps));
        }

        @Override
        public Meta run(Query<?> query) {
            return all(query).meta();
        }
    }

    /**
     * Runs queries atomically (D1's {@code batch}): all of them take effect, or, when one fails, none does and the
     * failure is thrown.
     *
     * @return one result per query, in order; a query split into several statements gets one merged result
     */
    public List<Results<?>> batch(Query<?>... queries) {
        return batch(Arrays.asList(queries));
    }

    /** Runs queries atomically; see {@link #batch(Query[])}. */
    public List<Results<?>> batch(List<? extends Query<?>> queries) {
        List<Step<?>> steps = new ArrayList<>();
        int[] counts = new int[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            QueryPart<?> query = partOf(queries.get(q));
            List<Statement> statements = query.toStatements(driver.renderOptions());
            counts[q] = statements.size();
            for (Statement statement : statements) {
                steps.add(new Step<>(statement, query.rowReader()));
            }
        }
        if (steps.isEmpty()) {
            return List.of();
        }
        List<Results<?>> all = driver.batch(steps);
        List<Results<?>> perQuery = new ArrayList<>(queries.size());
        int next = 0;
        for (int count : counts) {
            perQuery.add(merge(all.subList(next, next + count)));
            next += count;
        }
        return perQuery;
    }

    /**
     * Runs a script of SQL statements, separated by semicolons, without bound values (D1's {@code exec}). The script
     * is atomic: when a statement fails, none of the script's changes remain.
     */
    public ExecResult exec(String sql) {
        return driver.exec(sql);
    }

    @Override
    public void close() {
        driver.close();
    }

    /** The results of a query's statements as one. */
    @SuppressWarnings("unchecked")
    private static <R> Results<R> merge(List<Results<?>> parts) {
        return Results.concat((List<Results<R>>) (List<?>) parts);
    }

    /** What runs a query: a prepared statement's own part, or the part behind a DSL query. */
    @SuppressWarnings("unchecked")
    private static <R> QueryPart<R> partOf(Query<R> query) {
        if (query instanceof PreparedQuery prepared) {
            return (QueryPart<R>) prepared.part();
        }
        return QueryPart.of(query);
    }
}
