package dev.sleet.bench;

import dev.sleet.d1.sqlite.Fidelity;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engines under comparison, by the names {@link QueryBench}, {@link InsertBench} and {@link RenderBench} take
 * as parameters and bench/BENCHMARKS.md reports.
 */
public final class Engines {

    /** Plain JDBC, a statement prepared on every call. */
    public static final String JDBC_PER_CALL = "jdbc-per-call";
    /** Plain JDBC, each statement prepared once and reused. */
    public static final String JDBC_CACHED = "jdbc-cached";
    /** Plain JDBC for workload 5, which has no statement to prepare: the SQL is a constant. */
    public static final String JDBC = "jdbc";
    /** Sleet as users get it by default: {@code Sleet.sqlite(file)}, D1 fidelity. */
    public static final String SLEET = "sleet";
    /** Sleet on plain SQLite: {@code Sleet.sqlite(file, Fidelity.PLAIN)}. */
    public static final String SLEET_PLAIN = "sleet-plain";
    /** jOOQ open source, without code generation. */
    public static final String JOOQ = "jooq";

    /** Every engine of workloads 1 to 4, in report order. */
    public static final List<String> QUERY_ENGINES = List.of(JDBC_PER_CALL, JDBC_CACHED, SLEET, SLEET_PLAIN, JOOQ);

    /** Every engine of workload 5, in report order. */
    public static final List<String> RENDER_ENGINES = List.of(JDBC, SLEET, JOOQ);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            JDBC_PER_CALL,
                    "plain JDBC on sqlite-jdbc, SQL by hand, `prepareStatement` in try-with-resources on every "
                            + "call, rows mapped by hand, the insert as one `addBatch`/`executeBatch` transaction",
            JDBC_CACHED, "the same, each statement prepared once when the engine opens and reused",
            JDBC,
                    "workload 5 in plain JDBC: the SQL is a constant and the values go into a list; there is nothing to "
                            + "render, so this is the floor",
            SLEET,
                    "`Sleet.sqlite(file)`, **what users get by default: D1 fidelity** (D1's limits, such as 100 bound "
                            + "values per statement, and D1's refusals), the typed DSL on the tables the processor generated",
            SLEET_PLAIN, "`Sleet.sqlite(file, Fidelity.PLAIN)`: the same on plain SQLite limits",
            JOOQ,
                    "jOOQ open source without its code generator: `DSL.using(connection, SQLDialect.SQLITE)`, tables and "
                            + "typed fields declared with `table(name(...))` and `field(name(...), type)`, rows mapped with "
                            + "`Records.mapping(Post::new)`, the insert as a batch with bind values in `transactionResult`, default "
                            + "settings");

    private Engines() {}

    /** Opens an engine of {@link #QUERY_ENGINES} on a database file. */
    public static Engine open(String name, Path file) throws SQLException {
        return switch (name) {
            case JDBC_PER_CALL -> new JdbcEngine.PerCall(file);
            case JDBC_CACHED -> new JdbcEngine.Cached(file);
            case SLEET -> new SleetEngine(file, Fidelity.D1);
            case SLEET_PLAIN -> new SleetEngine(file, Fidelity.PLAIN);
            case JOOQ -> new JooqEngine(file);
            default -> throw new IllegalArgumentException("no engine " + name + "; there are " + QUERY_ENGINES);
        };
    }

    /** What an engine is, for the report. */
    public static String describe(String name) {
        return DESCRIPTIONS.getOrDefault(name, name);
    }

    /** How an engine renders workload 5: {@link #JDBC}, {@link #SLEET} or {@link #JOOQ}. */
    public static Function<JoinFilter, Rendered> renderer(String name) {
        return switch (name) {
            case JDBC -> JdbcEngine::renderJoin;
            case SLEET -> SleetEngine::renderJoin;
            case JOOQ -> JooqEngine::renderJoin;
            default -> throw new IllegalArgumentException("no renderer " + name + "; there are " + RENDER_ENGINES);
        };
    }
}
