package dev.sleet.bench;

import dev.sleet.bench.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the benchmark database template and checks, before anything is timed, that every engine does the same
 * work: the same rows read, the same rows written, and renderings of workload 5 that return the same result.
 *
 * <p>{@code java dev.sleet.bench.Verify TEMPLATE_FILE} (bench/run calls it); it fails with the first difference.
 */
public final class Verify {

    private static final String INSERTED = "SELECT id, post_id, author_id, body, likes, created_at FROM comments "
            + "WHERE id > " + BenchDb.COMMENTS + " ORDER BY id";

    private Verify() {}

    /**
     * Builds the template and verifies the engines.
     *
     * @param args the template file to write
     */
    public static void main(String[] args) throws Exception {
        Path template =
                Path.of(args.length > 0 ? args[0] : "target/bench/template.db").toAbsolutePath();
        Files.createDirectories(template.getParent());
        Files.deleteIfExists(template);
        long start = System.nanoTime();
        BenchDb.build(template);
        System.out.printf(
                "Built %s (%,d bytes) in %.1f s%n", template, Files.size(template), (System.nanoTime() - start) / 1e9);

        Path folder = Folders.create();
        try {
            Path file = folder.resolve("bench.db");
            Files.copy(template, file);
            try (Connection admin = BenchDb.connect(file)) {
                List<Engine> engines = new ArrayList<>();
                try {
                    for (String name : Engines.QUERY_ENGINES) {
                        engines.add(Engines.open(name, file));
                    }
                    verifyQueries(admin, engines);
                } finally {
                    for (Engine engine : engines) {
                        engine.close();
                    }
                }
                verifyRendering(admin);
            }
        } finally {
            Folders.delete(folder);
        }
    }

    private static void verifyQueries(Connection admin, List<Engine> engines) throws SQLException {
        for (long id : new long[] {1, 777, BenchDb.POSTS, BenchDb.POSTS + 1}) {
            Post expected = engines.get(0).pkLookup(id);
            for (int e = 1; e < engines.size(); e++) {
                same(
                        Engines.QUERY_ENGINES.get(e) + " w1 id " + id,
                        expected,
                        engines.get(e).pkLookup(id));
            }
        }
        for (long author : new long[] {1, 500, BenchDb.AUTHORS}) {
            List<Post> expected = engines.get(0).filtered(author);
            same("w2 row count", BenchDb.POSTS_PER_AUTHOR, expected.size());
            for (int e = 1; e < engines.size(); e++) {
                same(
                        Engines.QUERY_ENGINES.get(e) + " w2 author " + author,
                        expected,
                        new ArrayList<>(engines.get(e).filtered(author)));
            }
        }
        List<List<Object>> inserted = null;
        for (int e = 0; e < engines.size(); e++) {
            String name = Engines.QUERY_ENGINES.get(e);
            update(admin, BenchDb.CLEAN_INSERTED);
            same(name + " w3 count", BenchDb.INSERT_ROWS, engines.get(e).insert(BenchDb.newComments()));
            List<List<Object>> rows = query(admin, INSERTED, List.of());
            same(name + " w3 rows", BenchDb.INSERT_ROWS, rows.size());
            if (inserted == null) {
                inserted = rows;
            } else {
                same(name + " w3", inserted, rows);
            }
        }
        update(admin, BenchDb.CLEAN_INSERTED);
        for (int e = 0; e < engines.size(); e++) {
            long id = 1_000L + e;
            int score = 4_242 + e;
            same(Engines.QUERY_ENGINES.get(e) + " w4 count", 1, engines.get(e).update(id, score));
            same(
                    Engines.QUERY_ENGINES.get(e) + " w4",
                    List.of(List.<Object>of((long) score)),
                    query(admin, "SELECT score FROM posts WHERE id = ?", List.of(id)));
        }
        System.out.println("Workloads 1-4: " + Engines.QUERY_ENGINES + " read and write the same rows");
    }

    private static void verifyRendering(Connection admin) throws SQLException {
        List<List<Object>> expected = null;
        for (String name : Engines.RENDER_ENGINES) {
            Rendered rendered = Engines.renderer(name).apply(JoinFilter.STANDARD);
            System.out.println("w5 " + name + ": " + rendered.sql() + "  " + rendered.values());
            List<List<Object>> rows = query(admin, rendered.sql(), rendered.values());
            if (expected == null) {
                if (rows.isEmpty()) {
                    throw new AssertionError("w5 returns no rows: choose other values in JoinFilter.STANDARD");
                }
                expected = rows;
            } else {
                same("w5 " + name, expected, rows);
            }
        }
        System.out.println("Workload 5: every rendering returns the same " + expected.size() + " groups");
    }

    private static void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected " + expected + " but got " + actual);
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** Rows as lists of values, integers widened to Long so that engines' choices of Integer or Long compare equal. */
    private static List<List<Object>> query(Connection c, String sql, List<?> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof Integer x ? Long.valueOf(x) : v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
