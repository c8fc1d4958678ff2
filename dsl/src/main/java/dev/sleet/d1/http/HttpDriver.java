package dev.sleet.d1.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sleet.d1.Driver;
import dev.sleet.d1.Step;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.result.ExecResult;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlScript;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import dev.sleet.types.ValuesCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The remote engine: Cloudflare's D1 REST API over the JDK's HTTP client. Every statement goes to the
 * {@code /raw} endpoint (rows as arrays, so repeated column names survive), a batch in one request that D1 commits
 * as a whole.
 *
 * <p>Values cross the JSON transport exactly: integers are sent as text and cast back to INTEGER by the SQL
 * ({@link JsonParameters}), and DSL queries select 64-bit integers as text ({@link RenderOptions#integersAsText}),
 * so values beyond 2^53 are not rounded. A raw {@code prepare(...)} reads what D1 sends: select
 * {@code CAST(x AS TEXT)} to read large integers exactly there.
 *
 * <p>HTTP 429 is retried after {@code retry-after}, and a failed connection (nothing sent) after a backoff; 5xx
 * answers, lost connections and timeouts are retried only when every statement of the request only reads, since a
 * write may have been applied before its answer was lost: such a write fails with a message saying so. The API
 * token is sent in the Authorization header and appears nowhere else.
 */
public final class HttpDriver implements Driver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderOptions OPTIONS = new RenderOptions(100, true);

    private final D1HttpOptions options;
    private final RestClient client;

    /** Pauses between retries; a test may replace it. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** A driver for the database the options name. */
    public HttpDriver(D1HttpOptions options) {
        this(options, Thread::sleep);
    }

    HttpDriver(D1HttpOptions options, Sleeper sleeper) {
        this.options = options;
        this.client = new RestClient(options, sleeper);
    }

    @Override
    public RenderOptions renderOptions() {
        return OPTIONS;
    }

    @Override
    public <R> Results<R> execute(Statement statement, RowReader<R> reader) {
        JsonNode result = client.send(statementJson(statement).toString(), List.of(statement.sql()))
                .get(0);
        return results(result, reader);
    }

    @Override
    public List<Results<?>> batch(List<Step<?>> steps) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode batch = body.putArray("batch");
        List<String> sqls = new ArrayList<>();
        for (Step<?> step : steps) {
            batch.add(statementJson(step.statement()));
            sqls.add(step.statement().sql());
        }
        List<JsonNode> answer = client.send(body.toString(), sqls);
        List<Results<?>> results = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            results.add(results(answer.get(i), steps.get(i).reader()));
        }
        return results;
    }

    @Override
    public ExecResult exec(String sql) {
        List<SqlScript.Part> parts = SqlScript.parse(sql);
        if (parts.isEmpty()) {
            throw new InvalidSqlException("D1_ERROR: No SQL statements detected.", sql, null);
        }
        long start = System.nanoTime();
        List<Step<?>> steps = new ArrayList<>();
        for (SqlScript.Part part : parts) {
            steps.add(new Step<>(Statement.of(part.sql()), row -> null));
        }
        batch(steps);
        return new ExecResult(parts.size(), (System.nanoTime() - start) / 1_000_000.0);
    }

    @Override
    public void close() {
        // The JDK's HTTP client holds no connection that needs closing on Java 17.
    }

    @Override
    public String toString() {
        return "HttpDriver[" + options + "]";
    }

    private static ObjectNode statementJson(Statement statement) {
        JsonParameters parameters = JsonParameters.of(statement.sql(), statement.parameters());
        ObjectNode node = JSON.createObjectNode();
        node.put("sql", parameters.sql());
        ArrayNode params = node.putArray("params");
        for (Object value : parameters.values()) {
            if (value == null) {
                params.addNull();
            } else if (value instanceof Double d) {
                params.add(d);
            } else {
                params.add((String) value);
            }
        }
        return node;
    }

    private <R> Results<R> results(JsonNode result, RowReader<R> reader) {
        JsonNode results = result.path("results");
        List<String> names = new ArrayList<>();
        results.path("columns").forEach(c -> names.add(c.asText()));
        List<R> rows = new ArrayList<>();
        ValuesCursor cursor = new ValuesCursor(List.copyOf(names), new Object[0]);
        for (JsonNode row : results.path("rows")) {
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(row.path(i));
            }
            cursor.setRow(values);
            rows.add(reader.read(cursor));
        }
        JsonNode meta = result.path("meta");
        Meta m = new Meta(
                meta.path("duration").asDouble(),
                meta.path("changes").asLong(),
                meta.path("last_row_id").asLong(),
                meta.path("changed_db").asBoolean(),
                optional(meta, "rows_read"),
                optional(meta, "rows_written"),
                optional(meta, "size_after"));
        return new Results<>(names, rows, m);
    }

    /** A JSON value as a storage value: D1 sends BLOBs as arrays of byte values. */
    private static @Nullable Object value(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isArray()) {
            byte[] bytes = new byte[node.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) node.get(i).asInt();
            }
            return bytes;
        }
        return node.asText();
    }

    private static OptionalLong optional(JsonNode meta, String field) {
        JsonNode value = meta.path(field);
        return value.isNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }
}
