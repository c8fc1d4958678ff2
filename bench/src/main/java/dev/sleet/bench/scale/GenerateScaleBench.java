package dev.sleet.bench.scale;

import dev.sleet.bench.Folders;
import dev.sleet.migrate.MigrationGenerator;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code mvn d1:generate} does after compiling, at scale: read the {@link ScaleSchema}'s descriptor (300
 * tables), replay the {@link MigrationHistory}'s 50 files into an in-memory SQLite, compare, plan 30 added columns,
 * 5 rebuilds and 12 indexes, verify the plan by running it, and write the 51st file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GenerateScaleBench {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private Path folder;
    private Path migrations;
    private String descriptor;
    private Path written;

    /** Compiles the records with Sleet's processor for their descriptor, and writes the migration history. */
    @Setup(Level.Trial)
    public void prepare() {
        folder = Folders.create();
        Path output = folder.resolve("out");
        Javac.compile(ScaleSchema.write(folder.resolve("src")), output, true);
        descriptor = Javac.descriptor(output);
        migrations = folder.resolve("migrations");
        MigrationHistory.write(migrations, SchemaDescriptor.read(descriptor));
    }

    /** d1:generate: plans, verifies and writes the next migration. */
    @Benchmark
    public Path generate() {
        written = new MigrationGenerator("d1_migrations")
                .generate(migrations, SchemaDescriptor.read(descriptor), null, false, NOW)
                .orElseThrow(() -> new IllegalStateException("d1:generate found nothing to do"));
        return written;
    }

    /** Removes the file written, so the next operation plans the same change. */
    @TearDown(Level.Iteration)
    public void removeWritten() throws IOException {
        Files.deleteIfExists(written);
    }

    /** Deletes everything. */
    @TearDown(Level.Trial)
    public void delete() {
        Folders.delete(folder);
    }
}
