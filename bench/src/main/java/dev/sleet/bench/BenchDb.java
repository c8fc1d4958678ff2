package dev.sleet.bench;

import dev.sleet.bench.model.Comment;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark database: the schema Sleet's processor described for the records in {@code dev.sleet.bench.model},
 * filled with the same deterministic data every time, in one SQLite file that every engine opens.
 *
 * <p>1,000 authors, 50 posts each (50,000), two comments per post (100,000), in WAL journal mode. Every connection,
 * Sleet's included, has foreign keys on and a 5 s busy timeout.
 */
public final class BenchDb {

    /** Authors in the database. */
    public static final int AUTHORS = 1_000;
    /** Posts per author: the filtered select returns this many rows. */
    public static final int POSTS_PER_AUTHOR = 50;
    /** Posts in the database. */
    public static final int POSTS = AUTHORS * POSTS_PER_AUTHOR;
    /** Comments in the database, before the insert workload adds its own. */
    public static final int COMMENTS = POSTS * 2;
    /** Rows the insert workload writes per operation. */
    public static final int INSERT_ROWS = 10_000;
    /** Deletes what the insert workload wrote, so every operation starts from the same table. */
    public static final String CLEAN_INSERTED = "DELETE FROM comments WHERE id > " + COMMENTS;

    private static final String[] COUNTRIES = {"US", "DE", "FR", "JP", "BR", "IN", "GB", "NG"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    /** D1's timestamp text, as a JDBC (or jOOQ) user formats and parses it by hand. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private BenchDb() {}

    /** Parses D1 timestamp text ({@code 2025-01-01 10:00:00}) as a UTC instant. */
    public static Instant parseTimestamp(String text) {
        return text == null ? null : LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC);
    }

    /** Formats an instant as D1 timestamp text in UTC, whole seconds. */
    public static String formatTimestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Opens a JDBC connection configured as Sleet configures its own: foreign keys on, 5 s busy timeout. */
    public static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    /**
     * A fresh database file in {@code folder}: a copy of {@code -Dsleet.bench.template} when that names a file
     * (bench/run builds it once, so every fork opens identical bytes), else built here.
     */
    public static Path fresh(Path folder) {
        Path file = folder.resolve("bench.db");
        String template = System.getProperty("sleet.bench.template");
        try {
            if (template != null && Files.isRegularFile(Path.of(template))) {
                Files.copy(Path.of(template), file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                build(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Builds the database at {@code file}, which must not exist. */
    public static void build(Path file) {
        try (Connection c = connect(file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                for (TableModel table : schema().tables()) {
                    for (String ddl : DdlWriter.create(table)) {
                        st.execute(ddl);
                    }
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO authors (id, name, country, created_at) VALUES (?, ?, ?, ?)")) {
                for (int a = 1; a <= AUTHORS; a++) {
                    ps.setLong(1, a);
                    ps.setString(2, "author " + a);
                    ps.setString(3, COUNTRIES[a % COUNTRIES.length]);
                    ps.setString(4, formatTimestamp(START.plusSeconds(a * 3_600L)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts (id, author_id, title, score, published, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int p = 1; p <= POSTS; p++) {
                    long author = (p - 1L) % AUTHORS + 1;
                    ps.setLong(1, p);
                    ps.setLong(2, author);
                    ps.setString(3, "post " + p + " by author " + author);
                    ps.setInt(4, (int) (p * 7_919L % 1_000));
                    ps.setInt(5, p % 5 == 0 ? 0 : 1);
                    ps.setString(6, formatTimestamp(START.plusSeconds(p * 60L)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comments (id, post_id, author_id, body, likes, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= COMMENTS; i++) {
                    long post = (i - 1L) / 2 + 1;
                    ps.setLong(1, i);
                    ps.setLong(2, post);
                    ps.setLong(3, i * 31L % AUTHORS + 1);
                    ps.setString(4, "comment " + i + " on post " + post);
                    ps.setInt(5, i % 50);
                    ps.setString(6, formatTimestamp(START.plusSeconds(i * 30L)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build " + file, e);
        }
    }

    /** The rows the insert workload writes: ids left to the database, everything else fixed. */
    public static List<Comment> newComments() {
        List<Comment> rows = new ArrayList<>(INSERT_ROWS);
        for (int i = 0; i < INSERT_ROWS; i++) {
            rows.add(new Comment(
                    null, i % POSTS + 1L, i * 17L % AUTHORS + 1, "new comment " + i, i % 50, START.plusSeconds(i)));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The schema the processor wrote for this module's records. */
    private static SchemaModel schema() {
        try (InputStream in = BenchDb.class.getClassLoader().getResourceAsStream(SchemaDescriptor.PATH)) {
            if (in == null) {
                throw new IllegalStateException(
                        SchemaDescriptor.PATH + " is not on the class path: did the processor run?");
            }
            return SchemaDescriptor.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
