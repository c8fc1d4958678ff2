package dev.sleet.d1.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sleet.errors.D1Errors;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.D1Message;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request to D1's {@code /raw} endpoint and returns its results, checked: one JSON object per statement
 * sent, each with well-formed {@code results} when it has any.
 *
 * <p>A failed request is sent again when its {@link RetryPolicy} allows, after the pause it says. A write whose
 * answer was lost fails with a message saying it may or may not have been applied. The API token goes into the
 * Authorization header and into no message.
 */
final class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final D1HttpOptions options;
    private final HttpClient client;
    private final RetryPolicy retries;
    private final HttpDriver.Sleeper sleeper;

    RestClient(D1HttpOptions options, HttpDriver.Sleeper sleeper) {
        this.options = options;
        this.retries = new RetryPolicy(options.maxRetries(), Clock.systemUTC());
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends a request body and returns D1's results.
     *
     * @param body the JSON body: one statement, or a batch
     * @param sqls the statements' SQL as the caller wrote it, to decide whether a replay is safe and for messages
     * @return one result object per statement, in order
     */
    List<JsonNode> send(String body, List<String> sqls) {
        Call call = new Call(sqls);
        HttpRequest request = HttpRequest.newBuilder(options.endpoint("raw"))
                .timeout(options.requestTimeout())
                .header("Authorization", "Bearer " + options.apiToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpConnectTimeoutException | ConnectException e) {
                if (retries.retriesUnconnected(attempt)) {
                    pause(attempt, Optional.empty());
                    continue;
                }
                throw call.failure(
                        "could not connect to D1 at " + options.baseUri() + " (" + describe(e) + ")" + tries(attempt),
                        e);
            } catch (HttpTimeoutException e) {
                if (retries.retriesUnanswered(attempt, call.readOnly)) {
                    pause(attempt, Optional.empty());
                    continue;
                }
                throw call.unanswered(
                        "no answer from D1 within " + options.requestTimeout().toMillis() + " ms", attempt, e);
            } catch (IOException e) {
                if (retries.retriesUnanswered(attempt, call.readOnly)) {
                    pause(attempt, Optional.empty());
                    continue;
                }
                throw call.unanswered(
                        "the connection to D1 was lost before it answered (" + describe(e) + ")", attempt, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw call.unanswered("interrupted while waiting for D1", attempt, e);
            }
            if (retries.retriesStatus(response.statusCode(), attempt, call.readOnly)) {
                pause(attempt, response.headers().firstValue("retry-after"));
                continue;
            }
            return answer(response, call, attempt);
        }
    }

    private List<JsonNode> answer(HttpResponse<String> response, Call call, int attempt) {
        int status = response.statusCode();
        JsonNode root = parse(response.body());
        JsonNode error = root == null ? null : root.path("errors").path(0);
        String d1Message = error == null || !error.path("message").isTextual()
                ? null
                : redact(error.path("message").asText());
        if (status == 401 || status == 403) {
            throw new D1Exception(
                    D1Message.error("the API token was refused (HTTP " + status + "): check that it is "
                                    + "valid, not expired, and allowed to edit D1 in account " + options.accountId())
                            .format(),
                    null,
                    null);
        }
        if (status == 429) {
            throw call.failure("D1's rate limit was still exceeded after " + attempt + " retries (HTTP 429)", null);
        }
        if (status >= 500) {
            throw call.unanswered(
                    "D1 answered HTTP " + status + (d1Message == null ? "" : ": " + d1Message), attempt, null);
        }
        if (status == 404 && d1Message == null) {
            throw call.failure("D1 answered HTTP 404" + routeHint(), null);
        }
        if (root == null) {
            throw call.malformed("D1 answered HTTP " + status + " with a body that is not JSON");
        }
        if (!root.isObject()) {
            throw call.malformed("D1 answered HTTP " + status + " with JSON that is not an object");
        }
        if (status >= 300 || !root.path("success").asBoolean(false)) {
            if (d1Message == null) {
                throw call.malformed("D1 answered HTTP " + status + " without success or an error message");
            }
            if (status == 404
                    || d1Message.contains("Could not route")
                    || (error != null && error.path("code").asInt() == 7404)) {
                d1Message = d1Message + routeHint();
            }
            throw D1Errors.fromMessage(D1Message.parse(d1Message).format(), call.sql, null);
        }
        return results(root.path("result"), call);
    }

    private static List<JsonNode> results(JsonNode result, Call call) {
        if (!result.isArray()) {
            throw call.malformed("D1's answer has no result array");
        }
        if (result.size() != call.sqls.size()) {
            throw call.malformed("D1 answered " + call.sqls.size() + " statement" + (call.sqls.size() == 1 ? "" : "s")
                    + " with " + result.size() + " result" + (result.size() == 1 ? "" : "s"));
        }
        List<JsonNode> checked = new ArrayList<>(result.size());
        for (JsonNode one : result) {
            if (!one.isObject()) {
                throw call.malformed("a result is not a JSON object");
            }
            JsonNode results = one.path("results");
            if (!results.isMissingNode() && !wellFormed(results)) {
                throw call.malformed(
                        "a result's rows are not {\"columns\": [...], \"rows\": [[...], ...]} with one value "
                                + "per column");
            }
            checked.add(one);
        }
        return checked;
    }

    /** Whether {@code results} is {@code /raw}'s shape: column names, and rows of one value per column. */
    private static boolean wellFormed(JsonNode results) {
        JsonNode columns = results.path("columns");
        JsonNode rows = results.path("rows");
        if (!columns.isArray() || !rows.isArray()) {
            return false;
        }
        for (JsonNode column : columns) {
            if (!column.isTextual()) {
                return false;
            }
        }
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() != columns.size()) {
                return false;
            }
        }
        return true;
    }

    /** The body as JSON, or null when it is not JSON. */
    private static @Nullable JsonNode parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            return root == null || root.isMissingNode() ? null : root;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String routeHint() {
        return " (check account id " + options.accountId() + " and database id " + options.databaseId() + ")";
    }

    private String describe(Exception e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + redact(e.getMessage());
    }

    /** Text from elsewhere (D1's answer, an I/O error) without the API token, should it have been echoed. */
    private String redact(String text) {
        return text.replace(options.apiToken(), "****");
    }

    private static String tries(int attempt) {
        return attempt == 0 ? "" : ", " + (attempt + 1) + " attempts";
    }

    /** Waits before the next attempt as long as the retry policy says. */
    private void pause(int attempt, Optional<String> retryAfter) {
        try {
            sleeper.sleep(retries.pauseMillis(attempt, retryAfter));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new D1Exception(
                    D1Message.error("interrupted while waiting to retry").format(), null, e);
        }
    }

    /** One request's statements, and how its failures are worded. */
    private static final class Call {
        final List<String> sqls;
        final @Nullable String sql;
        final boolean readOnly;

        Call(List<String> sqls) {
            this.sqls = sqls;
            this.sql = sqls.size() == 1 ? sqls.get(0) : null;
            this.readOnly = ReadOnly.all(sqls);
        }

        D1Exception failure(String what, @Nullable Throwable cause) {
            return new D1Exception(D1Message.error(what).format(), sql, cause);
        }

        /** The request was sent but its outcome is unknown: a read was retried, a write was not. */
        D1Exception unanswered(String what, int attempt, @Nullable Throwable cause) {
            return failure(what + (readOnly ? tries(attempt) : maybeApplied()), cause);
        }

        D1Exception malformed(String what) {
            return failure("malformed answer: " + what + (readOnly ? "" : maybeApplied()), null);
        }

        private String maybeApplied() {
            return "; " + (sqls.size() == 1 ? "the statement" : "the batch") + " may or may not have been applied, "
                    + "so it was not sent again";
        }
    }
}
