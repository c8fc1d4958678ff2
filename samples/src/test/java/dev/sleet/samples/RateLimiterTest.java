package dev.sleet.samples;

import static dev.sleet.samples.model.RateBuckets.RATE_BUCKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.RateBucket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    private final Database db = MigratedDatabase.open();
    private final RateLimiter limiter = new RateLimiter(db, 2, Duration.ofMinutes(1));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsRequestsInAWindowAndRefusesThoseOverTheLimit() {
        assertThat(limiter.hit("upload:ada", NOON)).isEqualTo(new RateLimiter.Hit(1, true));
        assertThat(limiter.hit("upload:ada", NOON.plusSeconds(30))).isEqualTo(new RateLimiter.Hit(2, true));
        assertThat(limiter.hit("upload:ada", NOON.plusSeconds(59))).isEqualTo(new RateLimiter.Hit(3, false));

        assertThat(db.selectFrom(RATE_BUCKETS).all())
                .containsExactly(new RateBucket("upload:ada", NOON.getEpochSecond(), 3));
    }

    @Test
    void aNewWindowStartsCountingAgainInTheSameRow() {
        limiter.hit("upload:ada", NOON);
        limiter.hit("upload:ada", NOON);
        limiter.hit("upload:ada", NOON);

        assertThat(limiter.hit("upload:ada", NOON.plusSeconds(60))).isEqualTo(new RateLimiter.Hit(1, true));
        assertThat(db.selectFrom(RATE_BUCKETS).all())
                .containsExactly(new RateBucket("upload:ada", NOON.getEpochSecond() + 60, 1));
    }

    @Test
    void keysAreCountedApart() {
        limiter.hit("upload:ada", NOON);
        limiter.hit("upload:ada", NOON);

        assertThat(limiter.hit("upload:grace", NOON)).isEqualTo(new RateLimiter.Hit(1, true));
    }

    @Test
    void purgingDeletesOnlyBucketsOfEarlierWindows() {
        limiter.hit("upload:ada", NOON.minusSeconds(61));
        limiter.hit("upload:grace", NOON.minusSeconds(1));
        limiter.hit("upload:linus", NOON.plusSeconds(5));

        assertThat(limiter.purgeStale(NOON.plusSeconds(10))).isEqualTo(2);
        assertThat(db.selectFrom(RATE_BUCKETS).all())
                .extracting(RateBucket::key)
                .containsExactly("upload:linus");
    }

    @Test
    void windowsStartOnWholeMultiplesOfTheirLength() {
        assertThat(limiter.windowStart(NOON.plusSeconds(59))).isEqualTo(NOON.getEpochSecond());
        assertThat(limiter.windowStart(Instant.ofEpochSecond(-1))).isEqualTo(-60);
        assertThatThrownBy(() -> new RateLimiter(db, 1, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
