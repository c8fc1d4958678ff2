package dev.sleet.d1.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A request as the {@link FakeD1Server} received it.
 *
 * @param method  the HTTP method
 * @param path    the request path, such as {@code /client/v4/accounts/acc/d1/database/db/raw}
 * @param headers the headers, names in lower case
 * @param body    the body as text
 */
record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The only value of a header (by its lower-case name), or null when it was not sent. */
    String header(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() != 1) {
            throw new AssertionError("header " + name + " was sent " + values.size() + " times: " + values);
        }
        return values.get(0);
    }

    /** The body parsed as JSON. */
    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the request body is not JSON: " + body, e);
        }
    }

    /** The SQL of every statement sent: the one statement, or each of a batch. */
    List<String> sqls() {
        JsonNode json = json();
        if (!json.has("batch")) {
            return List.of(json.path("sql").asText());
        }
        return json.path("batch").findValuesAsText("sql");
    }
}
