package dev.sleet.d1.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scripted answer of the {@link FakeD1Server}: an HTTP status, headers and body, optionally after a delay, or
 * a connection dropped without any answer.
 *
 * <pre>{@code
 * Reply.ok(D1Answers.rows(List.of("n"), List.of(1)))
 * Reply.json(429, D1Answers.error(971, "Please wait")).withHeader("retry-after", "2")
 * Reply.dropConnection()
 * Reply.ok(body).after(Duration.ofSeconds(2))
 * }</pre>
 *
 * @param status  the HTTP status
 * @param headers response headers
 * @param body    the response body
 * @param delay   how long the server waits before answering
 * @param dropped whether the server closes the connection instead of answering
 */
record Reply(int status, Map<String, String> headers, String body, Duration delay, boolean dropped) {

    /** HTTP 200 with a JSON body. */
    static Reply ok(String json) {
        return json(200, json);
    }

    /** A JSON body with the given status. */
    static Reply json(int status, String json) {
        return new Reply(status, Map.of("Content-Type", "application/json"), json, Duration.ZERO, false);
    }

    /** A body that is not JSON (an error page of a proxy in front of the API). */
    static Reply html(int status, String html) {
        return new Reply(status, Map.of("Content-Type", "text/html"), html, Duration.ZERO, false);
    }

    /** The request is read, then the connection closed without a status line. */
    static Reply dropConnection() {
        return new Reply(0, Map.of(), "", Duration.ZERO, true);
    }

    /** The same reply with one more header. */
    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, Map.copyOf(more), body, delay, dropped);
    }

    /** The same reply, sent only after {@code wait}. */
    Reply after(Duration wait) {
        return new Reply(status, headers, body, wait, dropped);
    }
}
