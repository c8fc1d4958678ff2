package dev.sleet.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A generated schema of {@link #TABLES} {@code @Table} records, as Java sources: each table has a rowid key, text,
 * number, boolean and timestamp columns, defaults, a nullable column, an index, every fifth a UNIQUE code, and every
 * table but the first a foreign key to an earlier one, so that the tables form a tree.
 *
 * <pre>{@code
 * @Table("entity_042")
 * @Index(columns = "name")
 * public record Entity042(@PrimaryKey long id, String name, @Nullable String description, ...,
 *     @References(Entity021.class) @Nullable Long parentId, @Nullable String note) {}
 * }</pre>
 */
public final class ScaleSchema {

    /** How many tables. */
    public static final int TABLES = 300;
    /** The package of the records. */
    public static final String PACKAGE = "scale.model";

    private ScaleSchema() {}

    /** The table name of record {@code i}. */
    public static String tableName(int i) {
        return String.format(Locale.ROOT, "entity_%03d", i);
    }

    /** The table {@code i} refers to, or -1 for the first table. */
    public static int parent(int i) {
        return i == 0 ? -1 : (i - 1) / 2;
    }

    /**
     * Writes every record's source file under {@code folder}, in its package's directory.
     *
     * @return the files written
     */
    public static List<Path> write(Path folder) {
        Path dir = folder.resolve(PACKAGE.replace('.', '/'));
        List<Path> files = new ArrayList<>(TABLES);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < TABLES; i++) {
                Path file = dir.resolve(recordName(i) + ".java");
                Files.writeString(file, source(i), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String recordName(int i) {
        return String.format(Locale.ROOT, "Entity%03d", i);
    }

    private static String source(int i) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import dev.sleet.schema.*;\n");
        s.append("import java.time.Instant;\n");
        s.append("import org.jspecify.annotations.Nullable;\n\n");
        s.append("/** Entity ").append(i).append(" of the scale schema. */\n");
        s.append("@Table(\"").append(tableName(i)).append("\")\n");
        s.append("@Index(columns = \"name\")\n");
        s.append("public record ").append(recordName(i)).append("(\n");
        List<String> components = new ArrayList<>();
        components.add("@PrimaryKey long id");
        components.add("String name");
        components.add("@Nullable String description");
        components.add("@Default(\"0\") int quantity");
        components.add("double price");
        components.add("boolean active");
        components.add("@Default(\"datetime('now')\") Instant createdAt");
        if (i % 5 == 0) {
            components.add("@Unique String code");
        }
        if (parent(i) >= 0) {
            components.add("@References(value = " + recordName(parent(i))
                    + ".class, onDelete = ReferentialAction.CASCADE) @Nullable Long parentId");
        }
        components.add("@Nullable String note");
        s.append("    ").append(String.join(",\n    ", components)).append(") {}\n");
        return s.toString();
    }
}
