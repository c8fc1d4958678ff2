package dev.sleet.bench;

import dev.sleet.bench.model.Post;
import java.sql.SQLException;
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
 * Workloads 1, 2 and 4 on every engine of {@link Engines#QUERY_ENGINES}, each fork on its own copy of the benchmark
 * database. The short profile bench/run uses; see bench/BENCHMARKS.md for the figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class QueryBench {

    /** The engine under test, by its name in {@link Engines}. */
    @Param({Engines.JDBC_PER_CALL, Engines.JDBC_CACHED, Engines.SLEET, Engines.SLEET_PLAIN, Engines.JOOQ})
    public String engine;

    private final Keys keys = new Keys();
    private OpenEngine open;
    private Engine db;

    /** Copies the database and opens the engine on it. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        open = OpenEngine.open(engine);
        db = open.engine();
    }

    /** Closes the engine and deletes the copy. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        open.close();
    }

    /** Workload 1: primary-key lookup, one row mapped to a record. */
    @Benchmark
    public Post w1PkLookup() throws SQLException {
        return db.pkLookup(keys.nextPost());
    }

    /** Workload 2: filtered select of 50 rows mapped to records. */
    @Benchmark
    public List<Post> w2Select50() throws SQLException {
        return db.filtered(keys.nextAuthor());
    }

    /** Workload 4: update by primary key. */
    @Benchmark
    public int w4UpdateByPk() throws SQLException {
        return db.update(keys.nextPost(), keys.nextScore());
    }
}
