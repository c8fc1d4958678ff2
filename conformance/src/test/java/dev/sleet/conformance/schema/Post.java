package dev.sleet.conformance.schema;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A post by an author; deleting the author deletes their posts.
 *
 * @param id        assigned by the database
 * @param authorId  who wrote it
 * @param title     its title
 * @param stars     how many stars it has
 * @param published whether it is public
 */
@Table("posts")
@Index(columns = "author_id")
public record Post(
        @PrimaryKey(autoIncrement = true) @Nullable Long id,

        @References(value = Author.class, onDelete = ReferentialAction.CASCADE)
        long authorId,

        String title,
        int stars,
        boolean published) {}
