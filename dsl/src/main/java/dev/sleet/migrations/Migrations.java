package dev.sleet.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration files of a folder ({@code migrations/} by wrangler's default), in wrangler's order. The files are
 * the only record of the schema's history: there is no snapshot or journal beside them.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.in(Path.of("migrations"));
 * new MigrationRunner(db).apply(migrations);
 * }</pre>
 *
 * @param files the files, in order
 */
public record Migrations(List<MigrationFile> files) {

    /** Migrations of these files, sorted in wrangler's order. */
    public Migrations {
        files = files.stream().sorted(MigrationFile.ORDER).toList();
    }

    /** The {@code .sql} files of a folder whose names start with a number; an absent folder has none. */
    public static Migrations in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Migrations(List.of());
        }
        List<MigrationFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && MigrationFile.isMigrationName(name)) {
                    files.add(MigrationFile.of(name, Files.readString(path, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations in " + folder, e);
        }
        return new Migrations(files);
    }

    /** The highest number used, or 0 when there are none. */
    public int highestNumber() {
        return files.isEmpty() ? 0 : files.get(files.size() - 1).number();
    }
}
