package dev.sleet.samples;

import static dev.sleet.expr.Functions.caseWhen;
import static dev.sleet.samples.model.RateBuckets.RATE_BUCKETS;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.RateBucket;
import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window rate limiting with one row per key: each request is a single upsert that counts it in the current
 * window (starting a new count when the window moved on) and returns the count, so there is no read-then-write
 * race between two requests.
 *
 * <pre>{@code
 * RateLimiter uploads = new RateLimiter(db, 3, Duration.ofMinutes(1));
 * if (!uploads.hit("upload:" + userId, Instant.now()).allowed()) {
 *   // answer 429
 * }
 * }</pre>
 */
public final class RateLimiter {

    /**
     * What a request found.
     *
     * @param count   the requests counted in the window, this one included
     * @param allowed whether the count is within the limit
     */
    public record Hit(int count, boolean allowed) {}

    private final Database db;
    private final int limit;
    private final long windowSeconds;

    /**
     * A limiter that allows {@code limit} requests per key in each window.
     *
     * @param window the window's length, a whole number of seconds
     */
    public RateLimiter(Database db, int limit, Duration window) {
        if (limit < 1 || window.getSeconds() < 1 || window.getNano() != 0) {
            throw new IllegalArgumentException(
                    "a rate limit needs a limit of at least 1 and a window of whole seconds, " + "not " + limit
                            + " per " + window);
        }
        this.db = db;
        this.limit = limit;
        this.windowSeconds = window.getSeconds();
    }

    /** Counts a request for a key at a time, and says whether it is within the limit. */
    public Hit hit(String key, Instant now) {
        long windowStart = windowStart(now);
        int count = db.insertInto(RATE_BUCKETS)
                .values(new RateBucket(key, windowStart, 1))
                .onConflict(RATE_BUCKETS.KEY)
                .doUpdate()
                .set(
                        RATE_BUCKETS.COUNT,
                        caseWhen(RATE_BUCKETS.WINDOW_START.eq(windowStart), RATE_BUCKETS.COUNT.plus(1))
                                .otherwise(1))
                .set(RATE_BUCKETS.WINDOW_START, windowStart)
                .returning(RATE_BUCKETS.COUNT)
                .first()
                .orElseThrow();
        return new Hit(count, count <= limit);
    }

    /**
     * Deletes the buckets of keys not seen since before the window that holds {@code now} (through the
     * {@code window_start} index).
     *
     * @return how many buckets were deleted
     */
    public long purgeStale(Instant now) {
        return db.deleteFrom(RATE_BUCKETS)
                .where(RATE_BUCKETS.WINDOW_START.lt(windowStart(now)))
                .run()
                .changes();
    }

    /** The start of the window that holds a time, in epoch seconds. */
    public long windowStart(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), windowSeconds) * windowSeconds;
    }
}
