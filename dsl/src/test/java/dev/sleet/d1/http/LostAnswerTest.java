package dev.sleet.d1.http;

import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.fixtures.User;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests whose answer is lost (a 5xx, a dropped connection, no answer in time): D1 may have applied them. A request
 * that only reads is sent again; one that writes is sent exactly once and fails saying it may or may not have been
 * applied, so no write is ever applied twice.
 */
class LostAnswerTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    /** The answer timeout where a test waits for it; elsewhere a generous one, so a busy machine fails no test. */
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private static final String ONE_ROW = D1Answers.rows(List.of("n"), List.of(1));

    /** The ways an answer gets lost, and what the failure says about each. */
    enum Fault {
        HTTP_500(Reply.json(500, D1Answers.error(7500, "Internal error")), "D1 answered HTTP 500: Internal error"),
        HTTP_502(Reply.html(502, "<html><body>502 Bad Gateway</body></html>"), "D1 answered HTTP 502"),
        HTTP_503(Reply.json(503, "{}"), "D1 answered HTTP 503"),
        DROPPED_CONNECTION(Reply.dropConnection(), "the connection to D1 was lost before it answered"),
        TOO_SLOW(Reply.ok(ONE_ROW).after(TIMEOUT.multipliedBy(5)), "no answer from D1 within 300 ms");

        final Reply reply;
        final String message;

        Fault(Reply reply, String message) {
            this.reply = reply;
            this.message = message;
        }

        /** A database that gives up waiting after {@code TIMEOUT} if this fault is a slow answer, and retries twice. */
        Database connect() {
            D1HttpOptions options = d1.options().withMaxRetries(2);
            return d1.connect(this == TOO_SLOW ? options.withRequestTimeout(TIMEOUT) : options);
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aReadIsSentAgainUntilItIsAnswered(Fault fault) {
        d1.script(fault.reply, fault.reply, Reply.ok(ONE_ROW));
        try (Database db = fault.connect()) {
            assertThat(db.prepare("SELECT 1 AS n").first("n")).contains(1L);
        }
        List<RecordedRequest> requests = d1.requests();
        assertThat(requests)
                .hasSize(3)
                .extracting(RecordedRequest::body)
                .containsOnly(requests.get(0).body());
        assertThat(d1.pauses()).containsExactly(200L, 400L);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aReadGivesUpAfterMaxRetries(Fault fault) {
        d1.script(fault.reply, fault.reply, fault.reply);
        D1Exception e;
        try (Database db = fault.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class, () -> db.selectFrom(USERS).all());
        }
        assertThat(e)
                .isExactlyInstanceOf(D1Exception.class)
                .hasMessageStartingWith("D1_ERROR: " + fault.message)
                .hasMessageContaining(", 3 attempts")
                .hasMessageNotContaining("applied");
        assertThat(e.sql()).startsWith("SELECT");
        assertThat(d1.requests()).hasSize(3);
        NoToken.in(e);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aWriteIsSentOnceAndReportedAsMaybeApplied(Fault fault) {
        d1.script(fault.reply);
        D1Exception e;
        try (Database db = fault.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class,
                    () -> db.insertInto(USERS).values(User.of("u1", "d1")).run());
        }
        assertThat(e)
                .hasMessageStartingWith("D1_ERROR: " + fault.message)
                .hasMessageContaining("; the statement may or may not have been applied, so it was not sent again\n");
        assertThat(e.sql()).startsWith("INSERT INTO \"users\"");
        assertThat(d1.requests()).hasSize(1);
        assertThat(d1.pauses()).isEmpty();
        NoToken.in(e);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aBatchWithAnyWriteIsSentOnce(Fault fault) {
        d1.script(fault.reply);
        D1Exception e;
        try (Database db = fault.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class,
                    () -> db.batch(
                            db.selectFrom(USERS),
                            db.update(USERS).set(USERS.POINTS, 0).where(USERS.ID.eq("u1"))));
        }
        assertThat(e)
                .hasMessageStartingWith("D1_ERROR: " + fault.message)
                .hasMessageEndingWith("; the batch may or may not have been applied, so it was not sent again");
        assertThat(d1.onlyRequest().sqls()).hasSize(2);
    }

    @Test
    void aBatchOfReadsIsSentAgain() {
        d1.script(
                Fault.HTTP_503.reply,
                Reply.ok(D1Answers.success(
                        D1Answers.result(List.of("n"), List.of(List.of(1)), Map.of()),
                        D1Answers.result(List.of("n"), List.of(List.of(2)), Map.of()))));
        try (Database db = Fault.HTTP_503.connect()) {
            assertThat(db.batch(db.prepare("SELECT 1 AS n"), db.prepare("SELECT 2 AS n")))
                    .hasSize(2);
        }
        assertThat(d1.requests()).hasSize(2);
    }

    @Test
    void aSlowAnswerFailsNamingTheTimeout() {
        d1.script(Fault.TOO_SLOW.reply);
        D1Exception e;
        try (Database db = d1.connect(d1.options().withRequestTimeout(TIMEOUT).withMaxRetries(0))) {
            e = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare("SELECT 1 AS n").all());
        }
        assertThat(e)
                .hasMessage("D1_ERROR: no answer from D1 within 300 ms\n  in statement: SELECT 1 AS n")
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anAnswerWithinTheTimeoutIsTaken() {
        d1.script(Reply.ok(ONE_ROW).after(Duration.ofMillis(100)));
        try (Database db = d1.connect()) {
            assertThat(db.prepare("SELECT 1 AS n").first("n")).contains(1L);
        }
    }
}
