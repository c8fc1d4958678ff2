package dev.sleet.bench.model;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * A post: the row of the primary-key lookup, the filtered select and the update workloads.
 *
 * @param id        the rowid
 * @param authorId  who wrote it
 * @param title     its title
 * @param score     its score, which the update workload changes
 * @param published whether it is published
 * @param createdAt when it was written
 */
@Table("posts")
@Index(columns = "author_id")
public record Post(
        @PrimaryKey Long id,
        @References(Author.class) long authorId,
        String title,
        int score,
        boolean published,
        Instant createdAt) {}
