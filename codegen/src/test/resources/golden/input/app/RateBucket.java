package app;

import dev.sleet.schema.Table;
import dev.sleet.schema.Unique;

/**
 * A rate limiter's counter for one key and window.
 *
 * @param key         what is limited
 * @param windowStart the window's first second
 * @param count       requests seen in the window
 */
@Table(value = "rate_buckets", primaryKey = {"key", "windowStart"}, strict = true, withoutRowid = true)
@Unique(columns = {"key", "count"})
public record RateBucket(String key, long windowStart, int count, double weight) {}
