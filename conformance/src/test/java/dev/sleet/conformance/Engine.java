package dev.sleet.conformance;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.d1.http.D1HttpOptions;

/**
 * The engines the suite runs on. Each test gets an empty database from {@link #open()}.
 *
 * <ul>
 *   <li>{@link #EMBEDDED}: Sleet's embedded SQLite in D1-fidelity mode, in memory.
 *   <li>{@link #HTTP}: Sleet's remote driver against real local D1 behind the REST API's paths.
 *   <li>{@link #REFERENCE}: the same local D1 given SQL and values exactly as a Worker would give them, with no
 *       Sleet code between the statement and D1 ({@link ReferenceDriver}): D1's own behaviour, which the other two
 *       must match unless {@code docs/differences.md} lists the difference.
 * </ul>
 */
enum Engine {
    EMBEDDED {
        @Override
        Database open() {
            return Sleet.sqliteInMemory();
        }
    },
    HTTP {
        @Override
        Database open() {
            SharedLocalD1 d1 = SharedLocalD1.emptied(SharedLocalD1.HTTP_DB);
            return Sleet.d1(D1HttpOptions.of(d1.accountId(), SharedLocalD1.HTTP_DB, d1.apiToken())
                    .withBaseUri(d1.baseUri()));
        }
    },
    REFERENCE {
        @Override
        Database open() {
            return new Database(
                    SharedLocalD1.emptied(SharedLocalD1.REFERENCE_DB).referenceDriver());
        }
    };

    /** An empty database on this engine. */
    abstract Database open();

    /** Whether this engine is local D1 (through Sleet's driver or not). */
    boolean isD1() {
        return this != EMBEDDED;
    }
}
