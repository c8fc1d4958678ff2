package dev.sleet.bench.scale;

import dev.sleet.bench.Folders;
import java.nio.file.Path;
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
 * Compilation of the {@link ScaleSchema}'s 300 records by javac alone ({@code -proc:none}) and with Sleet's
 * processor, which also writes and compiles the 300 table classes, verifies the DDL on SQLite and writes the schema
 * descriptor. The difference is what the processor adds to a build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProcessorScaleBench {

    /** {@code javac} alone, or {@code javac+sleet}. */
    @Param({"javac", "javac+sleet"})
    public String compiler;

    private Path folder;
    private List<Path> sources;
    private Path output;

    /** Writes the sources. */
    @Setup(Level.Trial)
    public void writeSources() {
        folder = Folders.create();
        sources = ScaleSchema.write(folder.resolve("src"));
    }

    /** A clean output folder for every compilation, as after {@code mvn clean}. */
    @Setup(Level.Iteration)
    public void cleanOutput() {
        output = folder.resolve("out");
        Folders.delete(output);
    }

    /** Compiles the 300 records. */
    @Benchmark
    public void compile() {
        Javac.compile(sources, output, compiler.equals("javac+sleet"));
    }

    /** Deletes the sources and classes. */
    @TearDown(Level.Trial)
    public void delete() {
        Folders.delete(folder);
    }
}
