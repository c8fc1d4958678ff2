package dev.sleet.samples;

import java.time.Instant;

/**
 * A note someone wrote; a null id or createdAt is filled by the database.
 *
 * @param id        the rowid
 * @param author    who wrote it
 * @param title     its title
 * @param stars     how many stars it got
 * @param createdAt when it was written
 */
public record Note(Long id, String author, String title, int stars, Instant createdAt) {}
