package dev.sleet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders for benchmark files: under {@code -Dsleet.bench.dir} when given, else on tmpfs
 * ({@code /dev/shm}) when there is one, so the figures measure the libraries rather than the disk, else in the
 * temporary folder.
 */
public final class Folders {

    private Folders() {}

    /** A new empty folder. */
    public static Path create() {
        String configured = System.getProperty("sleet.bench.dir");
        Path shm = Path.of("/dev/shm");
        Path base;
        if (configured != null) {
            base = Path.of(configured);
        } else if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            base = shm;
        } else {
            base = Path.of(System.getProperty("java.io.tmpdir"));
        }
        try {
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "sleet-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; null does nothing. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
