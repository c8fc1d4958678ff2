package dev.sleet.migrate.config;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The D1 databases a project's {@code wrangler.toml} or {@code wrangler.jsonc} declares, with the migration settings
 * wrangler would use: {@code migrations_dir} (default {@code migrations}) and {@code migrations_table} (default
 * {@code d1_migrations}).
 *
 * <pre>{@code
 * Optional<WranglerConfig.D1Database> db = WranglerConfig.find(projectDir).flatMap(c -> c.database("DB"));
 * }</pre>
 *
 * @param file      the file read
 * @param databases the {@code d1_databases} entries, in order
 */
public record WranglerConfig(Path file, List<D1Database> databases) {

    /**
     * One {@code [[d1_databases]]} entry.
     *
     * @param binding         the binding name ({@code DB})
     * @param databaseName    {@code database_name}
     * @param databaseId      {@code database_id}
     * @param migrationsDir   the migrations folder, resolved against the config file's folder
     * @param migrationsTable the tracking table
     */
    public record D1Database(
            @Nullable String binding,
            @Nullable String databaseName,
            @Nullable String databaseId,
            Path migrationsDir,
            String migrationsTable) {}

    private static final List<String> FILE_NAMES = List.of("wrangler.jsonc", "wrangler.json", "wrangler.toml");

    /** The config in a folder, trying {@code wrangler.jsonc}, {@code wrangler.json}, then {@code wrangler.toml}. */
    public static Optional<WranglerConfig> find(Path folder) {
        for (String name : FILE_NAMES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(read(file));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a config file.
     *
     * @throws IllegalArgumentException when it cannot be parsed, naming the file
     */
    public static WranglerConfig read(Path file) {
        JsonNode root;
        try {
            String text = Files.readString(file);
            root = file.getFileName().toString().endsWith(".toml")
                    ? new TomlMapper().readTree(text)
                    : JsonMapper.builder()
                            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                            .build()
                            .readTree(text);
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            throw new IllegalArgumentException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder");
        List<D1Database> databases = new ArrayList<>();
        for (JsonNode db : root.path("d1_databases")) {
            databases.add(new D1Database(
                    db.path("binding").asText(null),
                    db.path("database_name").asText(null),
                    db.path("database_id").asText(null),
                    folder.resolve(db.path("migrations_dir").asText("migrations")),
                    db.path("migrations_table").asText("d1_migrations")));
        }
        return new WranglerConfig(file, List.copyOf(databases));
    }

    /**
     * The database with that binding or name; with a null name, the only database.
     *
     * @throws IllegalArgumentException when the choice is ambiguous or names no database
     */
    public Optional<D1Database> database(String bindingOrName) {
        if (bindingOrName == null) {
            if (databases.size() > 1) {
                throw new IllegalArgumentException(file + " declares " + databases.size()
                        + " D1 databases: choose one with " + "-Dd1.database=<binding or database_name>");
            }
            return databases.stream().findFirst();
        }
        Optional<D1Database> found = databases.stream()
                .filter(d -> bindingOrName.equals(d.binding()) || bindingOrName.equals(d.databaseName()))
                .findFirst();
        if (found.isEmpty()) {
            throw new IllegalArgumentException(file + " declares no D1 database with binding or name " + bindingOrName);
        }
        return found;
    }
}
