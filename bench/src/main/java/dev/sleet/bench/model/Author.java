package dev.sleet.bench.model;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * Someone who writes posts. Sleet's processor generates {@code Authors}; JDBC and jOOQ map their rows to this same
 * record.
 *
 * @param id        the rowid
 * @param name      the author's name
 * @param country   a two-letter country code
 * @param createdAt when the author signed up
 */
@Table("authors")
@Index(columns = "country")
public record Author(@PrimaryKey Long id, String name, String country, Instant createdAt) {}
