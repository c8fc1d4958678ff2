package dev.sleet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.errors.D1Exception;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The http driver against real local D1: wrong credentials and ids are clear errors that keep the token secret. */
class RemoteFailuresTest {

    private final SharedLocalD1 d1 = SharedLocalD1.emptied(SharedLocalD1.HTTP_DB);

    @Test
    void aRefusedTokenIsNamedButNotShown() {
        String wrongToken = "wrong-token-that-must-not-leak";
        Database db = Sleet.d1(D1HttpOptions.of(d1.accountId(), SharedLocalD1.HTTP_DB, wrongToken)
                .withBaseUri(d1.baseUri()));

        assertThatThrownBy(() -> db.prepare("SELECT 1").all())
                .isInstanceOf(D1Exception.class)
                .hasMessageContaining("API token was refused")
                .hasMessageNotContaining(wrongToken);
        assertThat(db.toString()).doesNotContain(wrongToken);
    }

    @Test
    void anUnknownDatabaseNamesTheIdsToCheck() {
        Database db = Sleet.d1(
                D1HttpOptions.of(d1.accountId(), "NO_SUCH_DB", d1.apiToken()).withBaseUri(d1.baseUri()));

        assertThatThrownBy(() -> db.prepare("SELECT 1").all())
                .isInstanceOf(D1Exception.class)
                .hasMessageContaining("NO_SUCH_DB")
                .hasMessageContaining(d1.accountId())
                .hasMessageNotContaining(d1.apiToken());
    }

    @Test
    void repeatedColumnNamesSurviveTheTransport() {
        Database db = Engine.HTTP.open();

        assertThat(db.prepare("SELECT 1 AS a, 2 AS a").raw(true)).containsExactly(List.of("a", "a"), List.of(1L, 2L));
    }
}
