package dev.sleet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sleet.d1.Driver;
import dev.sleet.d1.Step;
import dev.sleet.errors.D1Errors;
import dev.sleet.result.ExecResult;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlScript;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import dev.sleet.types.ValuesCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The reference engine: statements go to local D1's {@code /query} path exactly as written, with values as a
 * Worker's JavaScript would bind them (numbers as JSON numbers, text as strings, bytes as arrays of byte values),
 * and rows come back as D1's JSON gives them (every number a JavaScript double). No Sleet code stands between the statement and D1 except the
 * splitting of {@code exec} scripts, so what this engine does is what D1 does.
 */
final class ReferenceDriver implements Driver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final URI queryUri;
    private final String apiToken;

    ReferenceDriver(URI queryUri, String apiToken) {
        this.queryUri = queryUri;
        this.apiToken = apiToken;
    }

    @Override
    public <R> Results<R> execute(Statement statement, RowReader<R> reader) {
        JsonNode answer = post(statementJson(statement), statement.sql());
        return results(answer.get(0), reader);
    }

    @Override
    public List<Results<?>> batch(List<Step<?>> steps) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode batch = body.putArray("batch");
        steps.forEach(step -> batch.add(statementJson(step.statement())));
        JsonNode answer =
                post(body, steps.size() == 1 ? steps.get(0).statement().sql() : null);
        List<Results<?>> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            results.add(results(answer.get(i), steps.get(i).reader()));
        }
        return results;
    }

    @Override
    public ExecResult exec(String sql) {
        List<Step<?>> steps = new ArrayList<>();
        for (SqlScript.Part part : SqlScript.parse(sql)) {
            steps.add(new Step<>(Statement.of(part.sql()), cursor -> null));
        }
        long start = System.nanoTime();
        batch(steps);
        return new ExecResult(steps.size(), (System.nanoTime() - start) / 1e6);
    }

    /** D1's own limit on parameters; integers are selected as D1 answers them, as numbers. */
    @Override
    public RenderOptions renderOptions() {
        return RenderOptions.limitedTo(100);
    }

    @Override
    public void close() {
        // Nothing is held between requests.
    }

    private static ObjectNode statementJson(Statement statement) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sql", statement.sql());
        ArrayNode params = node.putArray("params");
        for (Object value : statement.parameters()) {
            if (value instanceof byte[] bytes) {
                ArrayNode array = params.addArray(); // JSON has no bytes: D1 binds an array of byte values as a BLOB
                for (byte b : bytes) {
                    array.add(b & 0xff);
                }
            } else {
                params.add(JSON.valueToTree(value));
            }
        }
        return node;
    }

    /** Sends a request and returns its {@code result} array, or throws D1's error as Sleet's exception type. */
    private JsonNode post(ObjectNode body, String sql) {
        HttpRequest request = HttpRequest.newBuilder(queryUri)
                .header("Authorization", "Bearer " + apiToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode root;
        try {
            root = JSON.readTree(
                    CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("local D1 did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (!root.path("success").asBoolean()) {
            throw D1Errors.fromMessage(
                    root.path("errors").path(0).path("message").asText(), sql, null);
        }
        return root.path("result");
    }

    /** Rows from {@code /query}'s objects: the column names are the first row's keys. */
    private static <R> Results<R> results(JsonNode result, RowReader<R> reader) {
        List<String> names = new ArrayList<>();
        JsonNode objects = result.path("results");
        if (!objects.isEmpty()) {
            objects.get(0).fieldNames().forEachRemaining(names::add);
        }
        ValuesCursor cursor = new ValuesCursor(names, new Object[0]);
        List<R> rows = new ArrayList<>();
        for (JsonNode object : objects) {
            Object[] values = new Object[names.size()];
            Iterator<JsonNode> fields = object.elements();
            for (int i = 0; i < values.length; i++) {
                values[i] = value(fields.next());
            }
            cursor.setRow(values);
            rows.add(reader.read(cursor));
        }
        JsonNode meta = result.path("meta");
        return new Results<>(
                names,
                rows,
                new Meta(
                        meta.path("duration").asDouble(),
                        meta.path("changes").asLong(),
                        meta.path("last_row_id").asLong(),
                        meta.path("changed_db").asBoolean(),
                        count(meta, "rows_read"),
                        count(meta, "rows_written"),
                        count(meta, "size_after")));
    }

    /** A JSON value as JavaScript sees it: a number with no fraction reads as an integer. */
    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double number = node.asDouble();
            return number == Math.rint(number) && Math.abs(number) < 0x1p63 ? (Object) (long) number : (Object) number;
        }
        if (node.isArray()) {
            byte[] bytes = new byte[node.size()]; // D1 answers a BLOB as an array of byte values
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) node.get(i).asInt();
            }
            return bytes;
        }
        return node.asText();
    }

    private static OptionalLong count(JsonNode meta, String field) {
        JsonNode value = meta.path(field);
        return value.isNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }
}
