package dev.sleet.conformance.schema;

import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import dev.sleet.schema.Unique;
import org.jspecify.annotations.Nullable;

/**
 * Someone who writes posts.
 *
 * @param id    assigned by the database
 * @param name  unique
 * @param score a 64-bit score, if any
 */
@Table("authors")
public record Author(
        @PrimaryKey(autoIncrement = true) @Nullable Long id,
        @Unique String name,
        @Nullable Long score) {}
