package dev.sleet.bench;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import dev.sleet.bench.model.Comment;
import dev.sleet.bench.model.Post;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ (open source), written the way its users write it without code generation: {@code DSL.using(connection,
 * SQLDialect.SQLITE)}, tables and typed fields declared by hand with {@code table(name(...))} and
 * {@code field(name(...), type)}, rows mapped to the same records with {@code Records.mapping(Post::new)}. The
 * timestamp column is TEXT in D1's format, read and written through a jOOQ {@link Converter} that formats exactly
 * as JDBC and Sleet do.
 */
public final class JooqEngine implements Engine {

    static final DataType<Instant> TIMESTAMP = SQLDataType.VARCHAR.asConvertedDataType(
            Converter.ofNullable(String.class, Instant.class, BenchDb::parseTimestamp, BenchDb::formatTimestamp));

    static final Table<Record> AUTHORS = table(name("authors"));
    static final Field<Long> AUTHOR_ID = field(name("authors", "id"), SQLDataType.BIGINT);
    static final Field<String> AUTHOR_NAME = field(name("authors", "name"), SQLDataType.VARCHAR);
    static final Field<String> AUTHOR_COUNTRY = field(name("authors", "country"), SQLDataType.VARCHAR);

    static final Table<Record> POSTS = table(name("posts"));
    static final Field<Long> POST_ID = field(name("posts", "id"), SQLDataType.BIGINT);
    static final Field<Long> POST_AUTHOR_ID = field(name("posts", "author_id"), SQLDataType.BIGINT);
    static final Field<String> POST_TITLE = field(name("posts", "title"), SQLDataType.VARCHAR);
    static final Field<Integer> POST_SCORE = field(name("posts", "score"), SQLDataType.INTEGER);
    static final Field<Boolean> POST_PUBLISHED = field(name("posts", "published"), SQLDataType.BOOLEAN);
    static final Field<Instant> POST_CREATED_AT = field(name("posts", "created_at"), TIMESTAMP);

    static final Table<Record> COMMENTS = table(name("comments"));
    static final Field<Long> COMMENT_ID = field(name("comments", "id"), SQLDataType.BIGINT);
    static final Field<Long> COMMENT_POST_ID = field(name("comments", "post_id"), SQLDataType.BIGINT);
    static final Field<Long> COMMENT_AUTHOR_ID = field(name("comments", "author_id"), SQLDataType.BIGINT);
    static final Field<String> COMMENT_BODY = field(name("comments", "body"), SQLDataType.VARCHAR);
    static final Field<Integer> COMMENT_LIKES = field(name("comments", "likes"), SQLDataType.INTEGER);
    static final Field<Instant> COMMENT_CREATED_AT = field(name("comments", "created_at"), TIMESTAMP);

    /** A context without a connection, for rendering only. */
    private static final DSLContext RENDER = DSL.using(SQLDialect.SQLITE);

    private final Connection connection;
    private final DSLContext ctx;

    /** Opens a JDBC connection (configured as Sleet's) and wraps it. */
    public JooqEngine(Path file) {
        this.connection = BenchDb.connect(file);
        this.ctx = DSL.using(connection, SQLDialect.SQLITE);
    }

    @Override
    public Post pkLookup(long id) {
        return ctx.select(POST_ID, POST_AUTHOR_ID, POST_TITLE, POST_SCORE, POST_PUBLISHED, POST_CREATED_AT)
                .from(POSTS)
                .where(POST_ID.eq(id))
                .fetchOne(Records.mapping(Post::new));
    }

    @Override
    public List<Post> filtered(long authorId) {
        return ctx.select(POST_ID, POST_AUTHOR_ID, POST_TITLE, POST_SCORE, POST_PUBLISHED, POST_CREATED_AT)
                .from(POSTS)
                .where(POST_AUTHOR_ID.eq(authorId))
                .orderBy(POST_ID)
                .fetch(Records.mapping(Post::new));
    }

    /** A batch with bind values, in one transaction. */
    @Override
    public int insert(List<Comment> rows) {
        return ctx.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            BatchBindStep batch = tx.batch(tx.insertInto(
                            COMMENTS,
                            COMMENT_POST_ID,
                            COMMENT_AUTHOR_ID,
                            COMMENT_BODY,
                            COMMENT_LIKES,
                            COMMENT_CREATED_AT)
                    .values((Long) null, null, null, null, null));
            for (Comment c : rows) {
                batch = batch.bind(c.postId(), c.authorId(), c.body(), c.likes(), c.createdAt());
            }
            return batch.execute().length;
        });
    }

    @Override
    public int update(long id, int score) {
        return ctx.update(POSTS).set(POST_SCORE, score).where(POST_ID.eq(id)).execute();
    }

    /** Workload 5: builds the query and renders its SQL and bind values, without a database. */
    public static Rendered renderJoin(JoinFilter filter) {
        Query query = RENDER.select(AUTHOR_NAME, count(COMMENT_ID), sum(POST_SCORE))
                .from(AUTHORS)
                .join(POSTS)
                .on(POST_AUTHOR_ID.eq(AUTHOR_ID))
                .join(COMMENTS)
                .on(COMMENT_POST_ID.eq(POST_ID))
                .where(AUTHOR_COUNTRY.eq(filter.country()))
                .and(condition(POST_PUBLISHED))
                .and(COMMENT_LIKES.ge(filter.minLikes()))
                .groupBy(AUTHOR_ID, AUTHOR_NAME)
                .having(count(COMMENT_ID).gt((int) filter.minComments()))
                .orderBy(sum(POST_SCORE).desc(), AUTHOR_NAME.asc())
                .limit(filter.limit());
        return new Rendered(query.getSQL(), query.getBindValues());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
