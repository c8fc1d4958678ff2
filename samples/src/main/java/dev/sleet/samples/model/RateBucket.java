package dev.sleet.samples.model;

import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;

/**
 * Requests counted per key in a time window, for rate limiting.
 *
 * @param key         what is limited, such as {@code upload:<userId>}
 * @param windowStart the window's start, in epoch seconds
 * @param count       requests seen in the window
 */
@Table("rate_buckets")
@Index(columns = "window_start")
public record RateBucket(@PrimaryKey String key, long windowStart, int count) {}
