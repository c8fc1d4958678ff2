package dev.sleet;

import dev.sleet.d1.Database;
import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.d1.http.HttpDriver;
import dev.sleet.d1.sqlite.Fidelity;
import dev.sleet.d1.sqlite.SqliteDriver;
import dev.sleet.query.QueryDsl;
import java.nio.file.Path;

/**
 * Where Sleet starts: databases, and queries that only render.
 *
 * <pre>{@code
 * Database db = Sleet.sqlite(Path.of("app.db"));      // embedded SQLite that behaves like D1
 * Database test = Sleet.sqliteInMemory();              // the same, in memory
 * Database remote = Sleet.d1(accountId, databaseId, token);  // a D1 database through Cloudflare's API
 * Statement st = Sleet.dsl().selectFrom(USERS).where(USERS.ID.eq(id)).toStatement();
 * }</pre>
 */
public final class Sleet {

    private static final QueryDsl DETACHED = new QueryDsl(null) {};

    private Sleet() {}

    /** An embedded database in a file (created if missing), with D1's limits and refusals. */
    public static Database sqlite(Path file) {
        return sqlite(file, Fidelity.D1);
    }

    /** An embedded database in a file; {@link Fidelity#PLAIN} for plain SQLite. */
    public static Database sqlite(Path file, Fidelity fidelity) {
        return new Database(SqliteDriver.open(file, fidelity));
    }

    /** A private in-memory database with D1's limits and refusals, gone when closed. */
    public static Database sqliteInMemory() {
        return sqliteInMemory(Fidelity.D1);
    }

    /** A private in-memory database; {@link Fidelity#PLAIN} for plain SQLite. */
    public static Database sqliteInMemory(Fidelity fidelity) {
        return new Database(SqliteDriver.inMemory(fidelity));
    }

    /**
     * A remote D1 database through Cloudflare's REST API.
     *
     * @param accountId  the Cloudflare account id
     * @param databaseId the D1 database id
     * @param apiToken   an API token with D1 permissions; it appears in no message or {@code toString()}
     */
    public static Database d1(String accountId, String databaseId, String apiToken) {
        return d1(D1HttpOptions.of(accountId, databaseId, apiToken));
    }

    /** A remote D1 database with explicit options (API base, timeouts, retries). */
    public static Database d1(D1HttpOptions options) {
        return new Database(new HttpDriver(options));
    }

    /** Starts queries with no database: they render ({@code toStatement()}) and go into batches, but do not run. */
    public static QueryDsl dsl() {
        return DETACHED;
    }
}
