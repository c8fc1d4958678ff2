package dev.sleet.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 5: building and rendering (no execution) a three-table join with filters, grouping and ordering, for
 * plain JDBC (a constant and a list of values), Sleet and jOOQ. The short profile bench/run uses.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class RenderBench {

    /** The engine under test, by its name in {@link Engines}. */
    @Param({Engines.JDBC, Engines.SLEET, Engines.JOOQ})
    public String engine;

    /** The bound values, in a field so that the compiler cannot fold them into constants. */
    private JoinFilter filter = JoinFilter.STANDARD;

    private Function<JoinFilter, Rendered> renderer;

    /** Chooses the engine's renderer. */
    @Setup
    public void choose() {
        renderer = Engines.renderer(engine);
    }

    /** Workload 5: rendering only. */
    @Benchmark
    public Rendered w5RenderJoin() {
        return renderer.apply(filter);
    }
}
