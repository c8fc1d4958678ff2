package dev.sleet.docs.model;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;

/**
 * The guide's rate-limit counters: requests counted per key in a time window.
 *
 * @param key         what is limited, such as {@code upload:<userId>}
 * @param windowStart the window's start, in epoch seconds
 * @param count       requests seen in the window
 */
@Table("rate_buckets")
@Index(columns = "window_start")
public record RateBucket(@PrimaryKey String key, long windowStart, int count) {}
