package dev.sleet.d1.sqlite;

import dev.sleet.d1.Driver;
import dev.sleet.d1.Step;
import dev.sleet.errors.BindingException;
import dev.sleet.errors.D1Errors;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.D1Message;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.errors.StatementRefusedException;
import dev.sleet.result.ExecResult;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlScript;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * The embedded engine: SQLite through sqlite-jdbc, on a file or in memory, behaving like D1 unless told otherwise
 * ({@link Fidelity}). One connection serves every thread, one statement at a time, so a batch is never interleaved
 * with another caller's statements.
 *
 * <pre>{@code
 * Database db = new Database(SqliteDriver.open(Path.of("app.db"), Fidelity.D1));
 * }</pre>
 *
 * <p>Meta: {@code duration}, {@code changes}, {@code lastRowId} and {@code changedDb} are measured; D1's
 * {@code rowsRead}, {@code rowsWritten} and {@code sizeAfter} are not known here and stay empty.
 */
public final class SqliteDriver implements Driver {

    private static final String NO_STATEMENT = "D1_ERROR: No SQL statements detected.";
    private static final String COMMENT_ONLY = "D1_ERROR: SQL code did not contain a statement.";
    /** Characters and bytes bound, in all, above which a statement's values are released as soon as it has run. */
    private static final int LARGE_VALUES = 16 * 1024;

    private final SQLiteConnection connection;
    private final DB db;
    private final FidelityRules rules;
    private final RenderOptions renderOptions;
    private final StatementCache cache;
    private final PreparedStatement lastRowIdQuery;
    private final ReentrantLock lock = new ReentrantLock();
    private long lastRowId;

    private SqliteDriver(SQLiteConnection connection, Fidelity fidelity) throws SQLException {
        this.connection = connection;
        this.db = connection.getDatabase();
        this.rules = FidelityRules.of(fidelity);
        this.renderOptions = rules.renderOptions();
        this.cache = new StatementCache(connection);
        this.lastRowIdQuery = connection.prepareStatement("SELECT last_insert_rowid()");
        rules.configure(connection);
    }

    /** Opens (creating if needed) a database file. */
    public static SqliteDriver open(Path file, Fidelity fidelity) {
        return connect("jdbc:sqlite:" + file.toAbsolutePath(), fidelity);
    }

    /** Opens a private in-memory database, gone when closed. */
    public static SqliteDriver inMemory(Fidelity fidelity) {
        return connect("jdbc:sqlite::memory:", fidelity);
    }

    private static SqliteDriver connect(String url, Fidelity fidelity) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        // Sleet reads last_insert_rowid() itself, after inserts only; sqlite-jdbc's own generated keys would match a
        // regular expression against every statement it runs, and query the rowid again after every insert.
        config.setGetGeneratedKeys(false);
        try {
            return new SqliteDriver((SQLiteConnection) config.createConnection(url), fidelity);
        } catch (SQLException e) {
            throw new D1Exception(
                    D1Message.error("cannot open " + url + ": " + e.getMessage())
                            .format(),
                    null,
                    e);
        }
    }

    @Override
    public RenderOptions renderOptions() {
        return renderOptions;
    }

    @Override
    public <R> Results<R> execute(Statement statement, RowReader<R> reader) {
        lock.lock();
        try {
            return run(statement, reader);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Results<?>> batch(List<Step<?>> steps) {
        lock.lock();
        try {
            // Refuse what D1 refuses before anything runs; preparing waits, since earlier steps may create tables.
            for (Step<?> step : steps) {
                if (cache.get(step.statement().sql()) == null) {
                    rules.refuse(screen(step.statement().sql()));
                }
            }
            return inTransaction(() -> {
                List<Results<?>> results = new ArrayList<>(steps.size());
                for (Step<?> step : steps) {
                    results.add(run(step.statement(), step.reader()));
                }
                return results;
            });
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ExecResult exec(String sql) {
        List<SqlScript.Part> parts = SqlScript.parse(sql);
        if (parts.isEmpty()) {
            throw new InvalidSqlException(NO_STATEMENT, sql, null);
        }
        lock.lock();
        try {
            long start = System.nanoTime();
            for (SqlScript.Part part : parts) {
                try {
                    rules.refuse(part);
                } catch (StatementRefusedException e) {
                    D1Message refusal = D1Message.execError(part.line(), part.sql(), D1Message.parse(e.d1Message()));
                    throw new StatementRefusedException(refusal.format(), part.sql(), null);
                }
            }
            int count = inTransaction(() -> {
                for (SqlScript.Part part : parts) {
                    if (!rules.ignores(part)) {
                        runScriptPart(part);
                    }
                }
                return parts.size();
            });
            cache.clear(); // the script may have changed the schema
            lastRowId = lastInsertRowId(sql); // the script's inserts ran outside run(), which keeps it otherwise
            return new ExecResult(count, millisSince(start));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            cache.clear();
            lastRowIdQuery.close();
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, null);
        } finally {
            lock.unlock();
        }
    }

    private <R> Results<R> run(Statement statement, RowReader<R> reader) {
        String sql = statement.sql();
        StatementCache.Entry entry = prepared(sql);
        long start = System.nanoTime();
        if (entry.ignored()) {
            return new Results<>(List.of(), List.of(), Meta.embedded(millisSince(start), 0, lastRowId, false));
        }
        List<Object> parameters = statement.parameters();
        if (parameters.size() != entry.parameterCount()) {
            throw new BindingException(
                    "D1_ERROR: Wrong number of parameter bindings for SQL query. (the statement has "
                            + entry.parameterCount() + " placeholders, " + parameters.size() + " values were bound)",
                    sql,
                    null);
        }
        PreparedStatement ps =
                Objects.requireNonNull(entry.statement(), "an entry that is not ignored holds a statement");
        StatementKind kind = entry.kind();
        boolean holdsLargeValue = false;
        try {
            boolean watchTotal = kind != StatementKind.READ && !kind.countsChanges();
            long totalBefore = watchTotal ? db.total_changes() : 0;
            holdsLargeValue = bind(ps, parameters);
            List<R> rows = new ArrayList<>();
            List<String> names = List.of();
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    names = entry.columnNames(rs);
                    SqliteCursor cursor = new SqliteCursor(rs, sql, names);
                    while (cursor.next()) {
                        rows.add(reader.read(cursor));
                    }
                }
            }
            long changes;
            boolean changed;
            if (kind.countsChanges()) {
                changes = db.changes();
                changed = changes > 0;
            } else {
                changed = watchTotal && db.total_changes() != totalBefore;
                changes = changed ? db.changes() : 0;
            }
            if (changed && kind.insertsRows()) {
                lastRowId = queryLastRowId();
            }
            return new Results<>(names, rows, Meta.embedded(millisSince(start), changes, lastRowId, changed));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, sql);
        } finally {
            // Bound values stay with a cached statement until it runs again; clearing them after every run would cost
            // more than it saves, since SQLite prepares again a statement whose cleared values may shape its plan
            // (LIMIT ?, with ANALYZE statistics), so only large values are released at once.
            if (holdsLargeValue) {
                clear(ps);
            }
            if (kind == StatementKind.SCHEMA) {
                // The schema changed: cached statements' column names may no longer be right.
                cache.clear();
            }
        }
    }

    private StatementCache.Entry prepared(String sql) {
        StatementCache.Entry entry = cache.get(sql);
        if (entry != null) {
            return entry;
        }
        SqlScript.Part part = screen(sql);
        boolean ignored = rules.ignores(part);
        try {
            return cache.put(sql, StatementKind.of(part), ignored);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, sql);
        }
    }

    /**
     * Checks that a statement's text holds one statement, before SQLite prepares it.
     *
     * @return the statement, parsed
     */
    private SqlScript.Part screen(String sql) {
        List<SqlScript.Part> parts = SqlScript.parse(sql);
        if (parts.isEmpty()) {
            throw new InvalidSqlException(sql.isBlank() ? NO_STATEMENT : COMMENT_ONLY, sql, null);
        }
        if (parts.size() > 1) {
            throw new InvalidSqlException(
                    "D1_ERROR: prepare() takes one statement, this text holds " + parts.size()
                            + ": run several with batch(...), or a script with exec(...)",
                    sql,
                    null);
        }
        return parts.get(0);
    }

    private void runScriptPart(SqlScript.Part part) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(part.sql());
        } catch (SQLException e) {
            D1Message failure = D1Message.execError(part.line(), part.sql(), SqliteErrors.d1Message(e));
            throw D1Errors.fromMessage(failure.format(), part.sql(), e);
        }
    }

    private long lastInsertRowId(String sql) {
        try {
            return queryLastRowId();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, sql);
        }
    }

    private long queryLastRowId() throws SQLException {
        try (ResultSet rs = lastRowIdQuery.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Runs work in one transaction: committed when it succeeds, rolled back when it or the commit fails, so that a
     * failure leaves the database as it was. After a failure the statement cache is emptied, since a schema change the
     * rollback undid may have left its column names there.
     */
    private <T> T inTransaction(Supplier<T> work) {
        control("BEGIN");
        try {
            T result = work.get();
            control("COMMIT");
            return result;
        } catch (RuntimeException e) {
            rollback(e);
            cache.clear();
            throw e;
        }
    }

    private void control(String sql) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, sql);
        }
    }

    /** Rolls back after a failure; some failures end the transaction themselves, which is fine. */
    private void rollback(RuntimeException cause) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(SqliteErrors.translate(e, "ROLLBACK"));
            }
        }
    }

    /**
     * Binds the values.
     *
     * @return whether they are large enough, together, to release as soon as the statement has run
     */
    private static boolean bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        long size = 0;
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int index = i + 1;
            if (value == null) {
                ps.setNull(index, Types.NULL);
            } else if (value instanceof Long l) {
                ps.setLong(index, l);
            } else if (value instanceof Double d) {
                ps.setDouble(index, d);
            } else if (value instanceof String s) {
                ps.setString(index, s);
                size += s.length();
            } else {
                byte[] bytes = (byte[]) value;
                ps.setBytes(index, bytes);
                size += bytes.length;
            }
        }
        return size > LARGE_VALUES;
    }

    private static void clear(PreparedStatement ps) {
        try {
            ps.clearParameters();
        } catch (SQLException e) {
            // Clearing bindings cannot fail on an open statement; a closed one is dropped from the cache on next use.
        }
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
