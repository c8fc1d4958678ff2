package dev.sleet.bench;

import dev.sleet.bench.model.Comment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 3, 10,000 rows inserted as one atomic unit, on every engine of {@link Engines#QUERY_ENGINES}. Before
 * every operation, outside the timed part and on a connection of its own, the rows the previous one inserted are
 * deleted and the write-ahead log checkpointed, so that every insert starts from the same table and an empty log.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class InsertBench {

    /** The engine under test, by its name in {@link Engines}. */
    @Param({Engines.JDBC_PER_CALL, Engines.JDBC_CACHED, Engines.SLEET, Engines.SLEET_PLAIN, Engines.JOOQ})
    public String engine;

    private final List<Comment> newComments = BenchDb.newComments();
    private OpenEngine open;
    private Connection admin;

    /** Copies the database, opens the engine on it, and a connection to clean up with. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        open = OpenEngine.open(engine);
        admin = BenchDb.connect(open.file());
    }

    /** Deletes what the last operation inserted. */
    @Setup(Level.Invocation)
    public void clean() throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.executeUpdate(BenchDb.CLEAN_INSERTED);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** Closes both connections and deletes the copy. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        admin.close();
        open.close();
    }

    /** Workload 3: 10,000 rows inserted as one atomic unit. */
    @Benchmark
    public int w3Insert10k() throws SQLException {
        return open.engine().insert(newComments);
    }
}
