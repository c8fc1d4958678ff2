package dev.sleet.bench;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * An engine under test, open on a fork's own copy of the benchmark database, for {@link QueryBench} and
 * {@link InsertBench}. Closing it closes the engine and deletes the copy.
 */
final class OpenEngine implements AutoCloseable {

    private final Path folder;
    private final Path file;
    private final Engine engine;

    private OpenEngine(Path folder, Path file, Engine engine) {
        this.folder = folder;
        this.file = file;
        this.engine = engine;
    }

    /** Copies the database and opens the engine of that name ({@link Engines}) on the copy. */
    static OpenEngine open(String name) throws SQLException {
        Path folder = Folders.create();
        Path file = BenchDb.fresh(folder);
        return new OpenEngine(folder, file, Engines.open(name, file));
    }

    Engine engine() {
        return engine;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws SQLException {
        engine.close();
        Folders.delete(folder);
    }
}
