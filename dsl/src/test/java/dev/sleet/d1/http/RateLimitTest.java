package dev.sleet.d1.http;

import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.fixtures.User;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTTP 429: D1 refused the request without running it, so reads and writes alike are sent again after the pause
 * {@code retry-after} asks for, until {@code maxRetries} runs out.
 */
class RateLimitTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    private static final String THROTTLED =
            D1Answers.error(971, "Please wait and consider throttling your request speed");
    private static final String ONE_ROW = D1Answers.rows(List.of("n"), List.of(1));

    private static Reply tooManyRequests(String retryAfter) {
        return Reply.json(429, THROTTLED).withHeader("retry-after", retryAfter);
    }

    @Test
    void aReadWaitsAsLongAsRetryAfterAsks() {
        d1.script(tooManyRequests("2"), Reply.ok(ONE_ROW));
        try (Database db = d1.connect()) {
            assertThat(db.prepare("SELECT 1 AS n").first("n")).contains(1L);
        }
        assertThat(d1.requests()).hasSize(2);
        assertThat(d1.pauses()).containsExactly(2000L);
    }

    @Test
    void aWriteIsSentAgainUnchanged() {
        d1.script(tooManyRequests("1"), tooManyRequests("3"), Reply.ok(D1Answers.success(D1Answers.written(1, 7))));
        try (Database db = d1.connect()) {
            assertThat(db.insertInto(USERS).values(User.of("u1", "d1")).run().lastRowId())
                    .isEqualTo(7);
        }
        List<RecordedRequest> requests = d1.requests();
        assertThat(requests)
                .hasSize(3)
                .extracting(RecordedRequest::body)
                .containsOnly(requests.get(0).body());
        assertThat(d1.pauses()).containsExactly(1000L, 3000L);
    }

    @Test
    void withoutRetryAfterThePausesGrow() {
        Reply throttled = Reply.json(429, THROTTLED);
        d1.script(throttled, throttled, throttled, Reply.ok(ONE_ROW));
        try (Database db = d1.connect()) {
            db.prepare("SELECT 1 AS n").all();
        }
        assertThat(d1.pauses()).containsExactly(200L, 400L, 800L);
    }

    @Test
    void manyRetriesPauseAtMostFiveSecondsEach() {
        Reply throttled = Reply.json(429, THROTTLED);
        Reply[] replies = new Reply[71];
        Arrays.fill(replies, throttled);
        replies[70] = Reply.ok(ONE_ROW);
        d1.script(replies);
        try (Database db = d1.connect(d1.options().withMaxRetries(70))) {
            db.prepare("SELECT 1 AS n").all();
        }
        assertThat(d1.pauses())
                .hasSize(70)
                .endsWith(5_000L)
                .allSatisfy(pause -> assertThat(pause).isBetween(200L, 5_000L));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        ZonedDateTime inThirtySeconds = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30);
        d1.script(tooManyRequests(DateTimeFormatter.RFC_1123_DATE_TIME.format(inThirtySeconds)), Reply.ok(ONE_ROW));
        try (Database db = d1.connect()) {
            db.prepare("SELECT 1 AS n").all();
        }
        // The date has whole seconds, and some time passes before the driver reads it.
        assertThat(d1.pauses())
                .singleElement()
                .satisfies(pause -> assertThat(pause).isBetween(25_000L, 30_000L));
    }

    @Test
    void aPauseIsAtMostAMinute() {
        d1.script(tooManyRequests("3600"), Reply.ok(ONE_ROW));
        try (Database db = d1.connect()) {
            db.prepare("SELECT 1 AS n").all();
        }
        assertThat(d1.pauses()).containsExactly(60_000L);
    }

    static Stream<Named<Reply>> throttledAnswers() {
        return Stream.of(
                Named.of("D1's JSON", Reply.json(429, THROTTLED)),
                Named.of("a proxy's HTML page", Reply.html(429, "<h1>Too Many Requests</h1>")));
    }

    @ParameterizedTest
    @MethodSource("throttledAnswers")
    void givesUpAfterMaxRetriesSayingSo(Reply throttled) {
        d1.script(throttled, throttled, throttled);
        D1Exception e;
        try (Database db = d1.connect(d1.options().withMaxRetries(2))) {
            e = catchThrowableOfType(
                    D1Exception.class,
                    () -> db.insertInto(USERS).values(User.of("u1", "d1")).run());
        }
        assertThat(e)
                .isExactlyInstanceOf(D1Exception.class)
                .hasMessageStartingWith("D1_ERROR: D1's rate limit was still exceeded after 2 retries (HTTP 429)\n")
                .hasMessageNotContaining("may or may not");
        assertThat(d1.requests()).hasSize(3);
        assertThat(d1.pauses()).hasSize(2);
    }
}
