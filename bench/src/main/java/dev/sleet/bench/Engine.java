package dev.sleet.bench;

import dev.sleet.bench.model.Comment;
import dev.sleet.bench.model.Post;
import java.sql.SQLException;
import java.util.List;

/**
 * One way of running workloads 1 to 4 on the benchmark database, written the way that library's users write it.
 * {@link Engines} opens each by name; {@link QueryBench} times them and {@link Verify} checks that they agree.
 *
 * <pre>{@code
 * try (Engine engine = Engines.open("sleet", file)) {
 *   Post post = engine.pkLookup(42);
 * }
 * }</pre>
 */
public interface Engine extends AutoCloseable {

    /** Workload 1: one post by primary key, mapped to a record; null when there is none. */
    Post pkLookup(long id) throws SQLException;

    /** Workload 2: the 50 posts of an author in id order, mapped to records. */
    List<Post> filtered(long authorId) throws SQLException;

    /** Workload 3: inserts the rows as one atomic unit; returns how many were inserted. */
    int insert(List<Comment> rows) throws SQLException;

    /** Workload 4: sets one post's score by primary key; returns how many rows changed. */
    int update(long id, int score) throws SQLException;

    @Override
    void close() throws SQLException;
}
