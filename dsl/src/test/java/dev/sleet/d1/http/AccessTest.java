package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refused token or a wrong account or database id: failures that say what to check, are not sent again, and never
 * show the token, which appears in no message and no {@code toString()}.
 */
class AccessTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    private static final String CHECK_IDS =
            "(check account id " + FakeD1Server.ACCOUNT + " and database id " + FakeD1Server.DATABASE + ")";

    static Stream<Named<Reply>> refusedTokens() {
        return Stream.of(
                Named.of("401 from D1", Reply.json(401, D1Answers.error(10000, "Authentication error"))),
                Named.of(
                        "403 from D1",
                        Reply.json(
                                403,
                                D1Answers.error(
                                        7403,
                                        "The given account is not valid or is not "
                                                + "authorized to access this service"))),
                Named.of("401 from a proxy", Reply.html(401, "<h1>Unauthorized</h1>")));
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void aRefusedTokenSaysToCheckTheToken(Reply refusal) {
        d1.script(refusal);
        D1Exception e = failure();
        assertThat(e)
                .isExactlyInstanceOf(D1Exception.class)
                .hasMessage(
                        "D1_ERROR: the API token was refused (HTTP " + refusal.status() + "): check that it is valid, "
                                + "not expired, and allowed to edit D1 in account " + FakeD1Server.ACCOUNT);
        NoToken.in(e);
    }

    static Stream<Named<Reply>> unknownDatabases() {
        return Stream.of(
                Named.of("404 without a D1 error", Reply.html(404, "Not Found")),
                Named.of("404 with D1's error", Reply.json(404, D1Answers.error(7404, "Could not route to database"))),
                Named.of(
                        "400 that could not route",
                        Reply.json(
                                400,
                                D1Answers.error(
                                        7003,
                                        "Could not route to "
                                                + "/client/v4/accounts/acc/d1/database/db/raw, perhaps your object identifier is invalid?"))));
    }

    @ParameterizedTest
    @MethodSource("unknownDatabases")
    void anUnknownDatabaseSaysToCheckBothIds(Reply notFound) {
        d1.script(notFound);
        D1Exception e = failure();
        assertThat(e).hasMessageContaining(CHECK_IDS);
        assertThat(e.getMessage()).doesNotContain("malformed");
        NoToken.in(e);
    }

    @Test
    void aTokenEchoedInD1sAnswerIsBlanked() {
        d1.script(Reply.json(
                400, D1Answers.error(6003, "Invalid request headers: Authorization: Bearer " + FakeD1Server.TOKEN)));
        D1Exception e = failure();
        assertThat(e).hasMessageStartingWith("D1_ERROR: Invalid request headers: Authorization: Bearer ****");
        NoToken.in(e);
    }

    @Test
    void theTokenIsInNoToString() {
        D1HttpOptions options = d1.options();
        HttpDriver driver = new HttpDriver(options);
        try (Database db = Sleet.d1(options)) {
            assertThat(options.toString()).contains(FakeD1Server.ACCOUNT, FakeD1Server.DATABASE, "token ****");
            assertThat(driver.toString()).contains(FakeD1Server.DATABASE);
            assertThat(options.toString()).doesNotContain(FakeD1Server.TOKEN);
            assertThat(driver.toString()).doesNotContain(FakeD1Server.TOKEN);
            assertThat(db.toString()).doesNotContain(FakeD1Server.TOKEN);
        }
    }

    /** Runs a read, which would be sent again after a lost answer: these failures must not be. */
    private static D1Exception failure() {
        try (Database db = d1.connect()) {
            D1Exception e = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare("SELECT 1").all());
            assertThat(d1.requests()).hasSize(1);
            return e;
        }
    }
}
