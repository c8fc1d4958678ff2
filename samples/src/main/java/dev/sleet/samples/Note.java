package dev.sleet.samples;

import dev.sleet.schema.Default;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * A note someone wrote. Sleet's annotation processor generates the {@code Notes} table class from this record.
 *
 * @param id        the rowid, assigned by the database when null
 * @param author    who wrote it
 * @param title     its title
 * @param stars     how many stars it got
 * @param createdAt when it was written, set by the database when null
 */
@Table("notes")
@Index(columns = "author")
public record Note(
    @PrimaryKey Long id,
    String author,
    String title,
    int stars,
    @Default("datetime('now')") Instant createdAt) {}
