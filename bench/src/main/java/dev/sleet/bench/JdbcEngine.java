package dev.sleet.bench;

import dev.sleet.bench.model.Comment;
import dev.sleet.bench.model.Post;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on sqlite-jdbc, written the way its users write it: SQL text by hand, values bound by index, rows
 * mapped by hand to the same records Sleet reads, timestamps formatted and parsed by hand. {@link PerCall} prepares
 * a statement on every call (the common try-with-resources style); {@link Cached} prepares each statement once and
 * reuses it.
 */
public abstract sealed class JdbcEngine implements Engine {

    static final String PK_LOOKUP = "SELECT id, author_id, title, score, published, created_at FROM posts WHERE id = ?";
    static final String FILTERED =
            "SELECT id, author_id, title, score, published, created_at FROM posts " + "WHERE author_id = ? ORDER BY id";
    static final String INSERT =
            "INSERT INTO comments (post_id, author_id, body, likes, created_at) " + "VALUES (?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE posts SET score = ? WHERE id = ?";
    static final String JOIN = "SELECT a.name, count(c.id), sum(p.score) FROM authors a "
            + "JOIN posts p ON p.author_id = a.id "
            + "JOIN comments c ON c.post_id = p.id "
            + "WHERE a.country = ? AND p.published AND c.likes >= ? "
            + "GROUP BY a.id, a.name HAVING count(c.id) > ? "
            + "ORDER BY sum(p.score) DESC, a.name ASC LIMIT ?";

    final Connection connection;

    JdbcEngine(Path file) {
        this.connection = BenchDb.connect(file);
    }

    /**
     * Workload 5 for JDBC has no rendering step: the SQL is a constant the programmer wrote, and the values go into a
     * list. This is that baseline.
     */
    public static Rendered renderJoin(JoinFilter filter) {
        List<Object> values = new ArrayList<>(4);
        values.add(filter.country());
        values.add(filter.minLikes());
        values.add(filter.minComments());
        values.add(filter.limit());
        return new Rendered(JOIN, values);
    }

    static Post readOne(PreparedStatement lookup, long id) throws SQLException {
        lookup.setLong(1, id);
        try (ResultSet rs = lookup.executeQuery()) {
            return rs.next() ? post(rs) : null;
        }
    }

    static List<Post> readAll(PreparedStatement filtered, long authorId) throws SQLException {
        filtered.setLong(1, authorId);
        try (ResultSet rs = filtered.executeQuery()) {
            List<Post> posts = new ArrayList<>();
            while (rs.next()) {
                posts.add(post(rs));
            }
            return posts;
        }
    }

    /** Adds every row to the statement's batch and runs it in one transaction. */
    int insertAll(PreparedStatement insert, List<Comment> rows) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (Comment c : rows) {
                insert.setLong(1, c.postId());
                insert.setLong(2, c.authorId());
                insert.setString(3, c.body());
                insert.setInt(4, c.likes());
                insert.setString(5, BenchDb.formatTimestamp(c.createdAt()));
                insert.addBatch();
            }
            int count = insert.executeBatch().length;
            connection.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            insert.clearBatch();
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static int updateScore(PreparedStatement update, long id, int score) throws SQLException {
        update.setInt(1, score);
        update.setLong(2, id);
        return update.executeUpdate();
    }

    private static Post post(ResultSet rs) throws SQLException {
        return new Post(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getBoolean(5),
                BenchDb.parseTimestamp(rs.getString(6)));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** A statement prepared on every call, in try-with-resources. */
    public static final class PerCall extends JdbcEngine {

        /** Opens a connection to the file. */
        public PerCall(Path file) {
            super(file);
        }

        @Override
        public Post pkLookup(long id) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(PK_LOOKUP)) {
                return readOne(ps, id);
            }
        }

        @Override
        public List<Post> filtered(long authorId) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(FILTERED)) {
                return readAll(ps, authorId);
            }
        }

        @Override
        public int insert(List<Comment> rows) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                return insertAll(ps, rows);
            }
        }

        @Override
        public int update(long id, int score) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
                return updateScore(ps, id, score);
            }
        }
    }

    /** Statements prepared once, when the engine opens, and reused. */
    public static final class Cached extends JdbcEngine {

        private final PreparedStatement pkLookup;
        private final PreparedStatement filtered;
        private final PreparedStatement insert;
        private final PreparedStatement update;

        /** Opens a connection to the file and prepares every statement. */
        public Cached(Path file) throws SQLException {
            super(file);
            pkLookup = connection.prepareStatement(PK_LOOKUP);
            filtered = connection.prepareStatement(FILTERED);
            insert = connection.prepareStatement(INSERT);
            update = connection.prepareStatement(UPDATE);
        }

        @Override
        public Post pkLookup(long id) throws SQLException {
            return readOne(pkLookup, id);
        }

        @Override
        public List<Post> filtered(long authorId) throws SQLException {
            return readAll(filtered, authorId);
        }

        @Override
        public int insert(List<Comment> rows) throws SQLException {
            return insertAll(insert, rows);
        }

        @Override
        public int update(long id, int score) throws SQLException {
            return updateScore(update, id, score);
        }

        @Override
        public void close() throws SQLException {
            pkLookup.close();
            filtered.close();
            insert.close();
            update.close();
            super.close();
        }
    }
}
