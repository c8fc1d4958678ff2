package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link D1HttpOptions} accepts: ids and a token that are there, https, or plain http to this machine only. */
class D1HttpOptionsTest {

    private static final D1HttpOptions DEFAULTS = D1HttpOptions.of("acc", "db", "token");

    @Test
    void defaultsToCloudflaresApi() {
        assertThat(DEFAULTS.baseUri()).isEqualTo(URI.create("https://api.cloudflare.com/client/v4"));
        assertThat(DEFAULTS.endpoint("raw"))
                .isEqualTo(URI.create("https://api.cloudflare.com/client/v4/accounts/acc/d1/database/db/raw"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://api.cloudflare.com/client/v4",
                "https://d1-proxy.internal:8443/v4",
                "http://127.0.0.1:8787/client/v4",
                "http://localhost:8787/client/v4",
                "http://[::1]:8787/client/v4"
            })
    void acceptsHttpsAnywhereAndHttpToThisMachine(String base) {
        assertThat(DEFAULTS.withBaseUri(URI.create(base)).baseUri()).hasToString(base);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.cloudflare.com/client/v4",
                "http://10.0.0.8/client/v4",
                "http://127.0.0.1.nip.io/client/v4"
            })
    void refusesPlainHttpToAnotherHost(String base) {
        URI uri = URI.create(base);
        assertThatThrownBy(() -> DEFAULTS.withBaseUri(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "plain http is allowed only to a loopback address, not to " + uri.getHost() + ": use https");
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> DEFAULTS.withBaseUri(URI.create("ftp://api.cloudflare.com/client/v4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the D1 API base must be an https URI, not ftp://api.cloudflare.com/client/v4");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "'', db, token, account id",
                "' ', db, token, account id",
                "NULL, db, token, account id",
                "acc, '', token, database id",
                "acc, NULL, token, database id",
                "acc, db, '', API token",
                "acc, db, '  ', API token",
                "acc, db, NULL, API token"
            })
    void namesWhatIsMissing(String account, String database, String token, String missing) {
        assertThatThrownBy(() -> D1HttpOptions.of(account, database, token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the D1 " + missing + " is missing");
    }

    @Test
    void refusesTimeoutsThatAreNotPositiveAndNegativeRetries() {
        assertThatThrownBy(() -> DEFAULTS.withRequestTimeout(Duration.ZERO))
                .hasMessage("requestTimeout must be a positive duration, not PT0S");
        assertThatThrownBy(() -> DEFAULTS.withRequestTimeout(null))
                .hasMessage("requestTimeout must be a positive duration, not null");
        assertThatThrownBy(() -> DEFAULTS.withMaxRetries(-1)).hasMessage("maxRetries cannot be negative");
        assertThat(DEFAULTS.withMaxRetries(0).maxRetries()).isZero();
    }

    @Test
    void stripsALineBreakReadWithTheTokenAndRefusesWhiteSpaceInside() {
        assertThat(D1HttpOptions.of(" acc ", "db\n", "secret-token\n").apiToken())
                .isEqualTo("secret-token");
        assertThat(D1HttpOptions.of(" acc ", "db\n", "secret-token\n").accountId())
                .isEqualTo("acc");

        assertThatThrownBy(() -> D1HttpOptions.of("acc", "db", "secret\ntoken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("white space or control characters")
                .hasMessageNotContaining("secret");
    }

    @Test
    void showsTheIdsButNeverTheToken() {
        D1HttpOptions options = D1HttpOptions.of("acc", "db", "s3cr3t-token");
        assertThat(options.toString())
                .isEqualTo("D1HttpOptions[account acc, database db, token ****, https://api.cloudflare.com/client/v4]");
    }
}
