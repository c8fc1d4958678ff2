package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry policy's decisions, without a server: what is sent again, how many times, and after which pause. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final RetryPolicy TWO_RETRIES = new RetryPolicy(2, Clock.fixed(NOW, ZoneOffset.UTC));

    private static final boolean READ = true;
    private static final boolean WRITE = false;

    @Test
    void aFailedConnectionIsRetriedUntilTheRetriesRunOut() {
        assertThat(TWO_RETRIES.retriesUnconnected(0)).isTrue();
        assertThat(TWO_RETRIES.retriesUnconnected(1)).isTrue();
        assertThat(TWO_RETRIES.retriesUnconnected(2)).isFalse();
    }

    @Test
    void aLostAnswerIsRetriedForReadsOnly() {
        assertThat(TWO_RETRIES.retriesUnanswered(0, READ)).isTrue();
        assertThat(TWO_RETRIES.retriesUnanswered(1, READ)).isTrue();
        assertThat(TWO_RETRIES.retriesUnanswered(2, READ)).isFalse();
        assertThat(TWO_RETRIES.retriesUnanswered(0, WRITE)).isFalse();
    }

    @Test
    void http429IsRetriedForReadsAndWrites() {
        assertThat(TWO_RETRIES.retriesStatus(429, 0, READ)).isTrue();
        assertThat(TWO_RETRIES.retriesStatus(429, 1, WRITE)).isTrue();
        assertThat(TWO_RETRIES.retriesStatus(429, 2, WRITE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void a5xxAnswerIsRetriedForReadsOnly(int status) {
        assertThat(TWO_RETRIES.retriesStatus(status, 0, READ)).isTrue();
        assertThat(TWO_RETRIES.retriesStatus(status, 2, READ)).isFalse();
        assertThat(TWO_RETRIES.retriesStatus(status, 0, WRITE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 401, 403, 404, 409})
    void otherAnswersAreNeverRetried(int status) {
        assertThat(TWO_RETRIES.retriesStatus(status, 0, READ)).isFalse();
        assertThat(TWO_RETRIES.retriesStatus(status, 0, WRITE)).isFalse();
    }

    @Test
    void noRetriesMeansNothingIsSentAgain() {
        RetryPolicy none = new RetryPolicy(0, Clock.systemUTC());
        assertThat(none.retriesUnconnected(0)).isFalse();
        assertThat(none.retriesUnanswered(0, READ)).isFalse();
        assertThat(none.retriesStatus(429, 0, READ)).isFalse();
    }

    @Test
    void withoutRetryAfterThePauseDoublesFrom200MillisUpToFiveSeconds() {
        assertThat(IntStream.range(0, 8).mapToLong(attempt -> TWO_RETRIES.pauseMillis(attempt, Optional.empty())))
                .containsExactly(200L, 400L, 800L, 1_600L, 3_200L, 5_000L, 5_000L, 5_000L);
        assertThat(TWO_RETRIES.pauseMillis(Integer.MAX_VALUE, Optional.empty())).isEqualTo(5_000);
    }

    @Test
    void retryAfterInSecondsIsHonouredUpToAMinute() {
        assertThat(TWO_RETRIES.pauseMillis(0, Optional.of("3"))).isEqualTo(3_000);
        assertThat(TWO_RETRIES.pauseMillis(4, Optional.of(" 0 "))).isZero();
        assertThat(TWO_RETRIES.pauseMillis(0, Optional.of("3600"))).isEqualTo(60_000);
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
        String inThirtySeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atZone(ZoneOffset.UTC));
        String aMinuteAgo =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(60).atZone(ZoneOffset.UTC));
        assertThat(TWO_RETRIES.pauseMillis(0, Optional.of(inThirtySeconds))).isEqualTo(30_000);
        assertThat(TWO_RETRIES.pauseMillis(0, Optional.of(aMinuteAgo))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-1", "1.5", "", "1234567890"})
    void aRetryAfterThatIsNeitherFallsBackToTheBackoff(String retryAfter) {
        assertThat(TWO_RETRIES.pauseMillis(1, Optional.of(retryAfter))).isEqualTo(400);
    }
}
