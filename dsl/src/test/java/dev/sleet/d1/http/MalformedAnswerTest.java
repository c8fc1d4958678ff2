package dev.sleet.d1.http;

import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.fixtures.User;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers that are not what D1 sends: each fails with a "malformed answer" error saying what was wrong, is not sent
 * again, and for a write adds that it may or may not have been applied.
 */
class MalformedAnswerTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    static Stream<Arguments> malformedAnswers() {
        return Stream.of(
                Arguments.of(
                        Reply.html(200, "<html>maintenance</html>"),
                        "D1 answered HTTP 200 with a body that is not JSON"),
                Arguments.of(
                        Reply.ok("{\"result\":[{\"results\":"), "D1 answered HTTP 200 with a body that is not JSON"),
                Arguments.of(Reply.ok(""), "D1 answered HTTP 200 with a body that is not JSON"),
                Arguments.of(Reply.ok("[1,2]"), "D1 answered HTTP 200 with JSON that is not an object"),
                Arguments.of(Reply.ok("\"ok\""), "D1 answered HTTP 200 with JSON that is not an object"),
                Arguments.of(Reply.ok("{\"success\":true,\"errors\":[]}"), "D1's answer has no result array"),
                Arguments.of(Reply.ok("{\"success\":true,\"result\":{}}"), "D1's answer has no result array"),
                Arguments.of(Reply.ok(D1Answers.success()), "D1 answered 1 statement with 0 results"),
                Arguments.of(Reply.ok("{\"success\":true,\"result\":[7]}"), "a result is not a JSON object"),
                Arguments.of(
                        Reply.ok(D1Answers.success(D1Answers.result(List.of("a", "b"), List.of(List.of(1)), Map.of()))),
                        "a result's rows are not"),
                Arguments.of(
                        Reply.ok("{\"success\":true,\"result\":[{\"results\":[{\"n\":1}]}]}"),
                        "a result's rows are not"),
                Arguments.of(
                        Reply.json(400, "{\"success\":false}"),
                        "D1 answered HTTP 400 without success or an error message"),
                Arguments.of(Reply.ok("{\"result\":[]}"), "D1 answered HTTP 200 without success or an error message"));
    }

    @ParameterizedTest
    @MethodSource("malformedAnswers")
    void aReadFailsOnceSayingWhatWasWrong(Reply answer, String what) {
        d1.script(answer);
        D1Exception e;
        try (Database db = d1.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare("SELECT 1 AS n").all());
        }
        assertThat(e)
                .isExactlyInstanceOf(D1Exception.class)
                .hasMessageStartingWith("D1_ERROR: malformed answer: " + what)
                .hasMessageNotContaining("applied");
        assertThat(d1.requests()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("malformedAnswers")
    void aWriteSaysItMayHaveBeenApplied(Reply answer, String what) {
        d1.script(answer);
        D1Exception e;
        try (Database db = d1.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class,
                    () -> db.deleteFrom(USERS).where(USERS.ID.eq("u1")).run());
        }
        assertThat(e)
                .hasMessageStartingWith("D1_ERROR: malformed answer: " + what)
                .hasMessageContaining("; the statement may or may not have been applied");
    }

    @Test
    void aBatchAnsweredWithTheWrongNumberOfResults() {
        d1.script(Reply.ok(D1Answers.writes(1)));
        D1Exception e;
        try (Database db = d1.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class,
                    () -> db.batch(
                            db.insertInto(USERS).values(User.of("u1", "d1")),
                            db.insertInto(USERS).values(User.of("u2", "d2"))));
        }
        assertThat(e)
                .hasMessage("D1_ERROR: malformed answer: D1 answered 2 statements with 1 result; the batch may or "
                        + "may not have been applied, so it was not sent again");
    }
}
