package dev.sleet.bench.model;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * A comment on a post: the row of the 10,000-row insert workload.
 *
 * @param id        the rowid, assigned by the database when null
 * @param postId    the post it is on
 * @param authorId  who wrote it
 * @param body      its text
 * @param likes     how many likes it got
 * @param createdAt when it was written
 */
@Table("comments")
@Index(columns = "post_id")
public record Comment(
        @PrimaryKey Long id,
        @References(Post.class) long postId,
        @References(Author.class) long authorId,
        String body,
        int likes,
        Instant createdAt) {}
