package dev.sleet.d1.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a remote D1 database is and how to reach it. {@link #toString()} never shows the API token.
 *
 * <pre>{@code
 * D1HttpOptions options = D1HttpOptions.of(accountId, databaseId, System.getenv("CLOUDFLARE_API_TOKEN"))
 *     .withRequestTimeout(Duration.ofSeconds(20));
 * Database db = Sleet.d1(options);
 * }</pre>
 *
 * @param accountId      the Cloudflare account id
 * @param databaseId     the D1 database id
 * @param apiToken       an API token with D1 permissions
 * @param baseUri        the API's base, {@code https://api.cloudflare.com/client/v4} unless a test or proxy says
 *                       otherwise; plain {@code http} only to a loopback address
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer (D1 stops a query after 30 s)
 * @param maxRetries     how many times a request is retried when that cannot apply a write twice
 */
public record D1HttpOptions(
        String accountId,
        String databaseId,
        String apiToken,
        URI baseUri,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries) {

    /** Cloudflare's API. */
    public static final URI CLOUDFLARE = URI.create("https://api.cloudflare.com/client/v4");

    /** An IPv4 literal, or an IPv6 literal in brackets as a URI writes it. */
    private static final Pattern IP_LITERAL = Pattern.compile("(?:\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9A-Fa-f:.]+]");

    /**
     * Checks the options. Ids and token are stripped of surrounding white space (a token read from a file keeps its
     * line break).
     *
     * @throws IllegalArgumentException for a missing id or token, a token with white space or control characters
     *                                  inside (not shown in the message), plain http to a host that is not loopback,
     *                                  or a timeout that is not positive
     */
    public D1HttpOptions {
        require(accountId, "account id");
        require(databaseId, "database id");
        require(apiToken, "API token");
        accountId = accountId.strip();
        databaseId = databaseId.strip();
        apiToken = apiToken.strip();
        if (apiToken.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException(
                    "the D1 API token contains white space or control characters: check how " + "it was read");
        }
        Objects.requireNonNull(baseUri, "baseUri");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if ("http".equals(baseUri.getScheme()) && !isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException(
                    "plain http is allowed only to a loopback address, not to " + baseUri.getHost() + ": use https");
        }
        if (!"http".equals(baseUri.getScheme()) && !"https".equals(baseUri.getScheme())) {
            throw new IllegalArgumentException("the D1 API base must be an https URI, not " + baseUri);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative");
        }
    }

    /** Options for Cloudflare's API with default timeouts (10 s to connect, 40 s to answer) and 3 retries. */
    public static D1HttpOptions of(String accountId, String databaseId, String apiToken) {
        return new D1HttpOptions(
                accountId, databaseId, apiToken, CLOUDFLARE, Duration.ofSeconds(10), Duration.ofSeconds(40), 3);
    }

    /** The same options against another API base (a proxy, or a local D1 in tests). */
    public D1HttpOptions withBaseUri(URI uri) {
        return new D1HttpOptions(accountId, databaseId, apiToken, uri, connectTimeout, requestTimeout, maxRetries);
    }

    /** The same options with another answer timeout. */
    public D1HttpOptions withRequestTimeout(Duration timeout) {
        return new D1HttpOptions(accountId, databaseId, apiToken, baseUri, connectTimeout, timeout, maxRetries);
    }

    /** The same options with another retry count. */
    public D1HttpOptions withMaxRetries(int retries) {
        return new D1HttpOptions(accountId, databaseId, apiToken, baseUri, connectTimeout, requestTimeout, retries);
    }

    /** The URI of one of the database's endpoints ({@code query} or {@code raw}). */
    URI endpoint(String name) {
        String base = baseUri.toString().replaceAll("/+$", "");
        return URI.create(base + "/accounts/" + accountId + "/d1/database/" + databaseId + "/" + name);
    }

    @Override
    public String toString() {
        return "D1HttpOptions[account " + accountId + ", database " + databaseId + ", token ****, " + baseUri + "]";
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the D1 " + what + " is missing");
        }
    }

    private static void requirePositive(Duration timeout, String what) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, not " + timeout);
        }
    }

    /** Whether a host is {@code localhost} or a loopback address literal; names are not resolved (no DNS look-up). */
    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
