package dev.sleet.bench;

import static dev.sleet.bench.model.Authors.AUTHORS;
import static dev.sleet.bench.model.Comments.COMMENTS;
import static dev.sleet.bench.model.Posts.POSTS;
import static dev.sleet.expr.Functions.count;
import static dev.sleet.expr.Functions.sum;

import dev.sleet.Sleet;
import dev.sleet.bench.model.Comment;
import dev.sleet.bench.model.Post;
import dev.sleet.d1.Database;
import dev.sleet.d1.sqlite.Fidelity;
import dev.sleet.sql.Statement;
import java.nio.file.Path;
import java.util.List;

/**
 * Sleet, written the way its users write it: the typed DSL on the tables its processor generated from the records
 * in {@code dev.sleet.bench.model}, on {@code Sleet.sqlite(file)} ({@link Fidelity#D1}, the default) or
 * {@code Sleet.sqlite(file, Fidelity.PLAIN)}.
 */
public final class SleetEngine implements Engine {

    private final Database db;

    /** Opens the file with {@code Sleet.sqlite(file, fidelity)}. */
    public SleetEngine(Path file, Fidelity fidelity) {
        this.db = Sleet.sqlite(file, fidelity);
    }

    @Override
    public Post pkLookup(long id) {
        return db.selectFrom(POSTS).where(POSTS.ID.eq(id)).first().orElse(null);
    }

    @Override
    public List<Post> filtered(long authorId) {
        return db.selectFrom(POSTS)
                .where(POSTS.AUTHOR_ID.eq(authorId))
                .orderBy(POSTS.ID.asc())
                .all();
    }

    /** One multi-row insert: Sleet splits it to fit the engine's parameter limit and runs the parts as one batch. */
    @Override
    public int insert(List<Comment> rows) {
        return (int) db.insertInto(COMMENTS).values(rows).run().changes();
    }

    @Override
    public int update(long id, int score) {
        return (int) db.update(POSTS)
                .set(POSTS.SCORE, score)
                .where(POSTS.ID.eq(id))
                .run()
                .changes();
    }

    /** Workload 5: builds the query and renders it, without a database. */
    public static Rendered renderJoin(JoinFilter filter) {
        Statement statement = Sleet.dsl()
                .select(AUTHORS.NAME, count(COMMENTS.ID), sum(POSTS.SCORE))
                .from(AUTHORS)
                .join(POSTS)
                .on(POSTS.AUTHOR_ID.eq(AUTHORS.ID))
                .join(COMMENTS)
                .on(COMMENTS.POST_ID.eq(POSTS.ID))
                .where(AUTHORS.COUNTRY
                        .eq(filter.country())
                        .and(POSTS.PUBLISHED)
                        .and(COMMENTS.LIKES.ge(filter.minLikes())))
                .groupBy(AUTHORS.ID, AUTHORS.NAME)
                .having(count(COMMENTS.ID).gt(filter.minComments()))
                .orderBy(sum(POSTS.SCORE).desc(), AUTHORS.NAME.asc())
                .limit(filter.limit())
                .toStatement();
        return new Rendered(statement.sql(), statement.parameters());
    }

    @Override
    public void close() {
        db.close();
    }
}
