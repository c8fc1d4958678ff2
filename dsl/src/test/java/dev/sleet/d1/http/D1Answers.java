package dev.sleet.d1.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Bodies in the shapes D1's REST API answers with on its {@code /raw} endpoint, for the {@link FakeD1Server}.
 *
 * <pre>{@code
 * D1Answers.rows(List.of("id", "points"), List.of("u1", 30), List.of("u2", 10))
 * D1Answers.success(D1Answers.written(1, 7), D1Answers.written(1, 8))   // a batch of two inserts
 * D1Answers.error(7500, "no such table: nosuch: SQLITE_ERROR")
 * }</pre>
 */
final class D1Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private D1Answers() {}

    /** A successful answer to a request of one statement that returned these rows. */
    static String rows(List<String> columns, List<?>... rows) {
        return success(result(
                columns,
                Arrays.asList(rows),
                Map.of(
                        "duration",
                        0.1,
                        "changes",
                        0,
                        "last_row_id",
                        0,
                        "changed_db",
                        false,
                        "rows_read",
                        rows.length,
                        "rows_written",
                        0)));
    }

    /** A successful answer carrying these results, one per statement sent. */
    static String success(ObjectNode... results) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        for (ObjectNode one : results) {
            result.add(one);
        }
        answer.put("success", true);
        answer.putArray("errors");
        answer.putArray("messages");
        return answer.toString();
    }

    /** One statement's result: its columns and rows (values as Jackson writes them; bytes as lists of 0..255). */
    static ObjectNode result(List<String> columns, List<? extends List<?>> rows, Map<String, ?> meta) {
        ObjectNode result = JSON.createObjectNode();
        ObjectNode results = result.putObject("results");
        results.set("columns", JSON.valueToTree(columns));
        results.set("rows", JSON.valueToTree(rows));
        result.put("success", true);
        result.set("meta", JSON.valueToTree(meta));
        return result;
    }

    /** The result of a statement that wrote rows and returned none. */
    static ObjectNode written(long changes, long lastRowId) {
        return result(
                List.of(),
                List.of(),
                Map.of(
                        "duration",
                        0.2,
                        "changes",
                        changes,
                        "last_row_id",
                        lastRowId,
                        "changed_db",
                        changes > 0,
                        "rows_read",
                        0,
                        "rows_written",
                        changes));
    }

    /** A successful answer to a batch of {@code count} writes, each changing one row. */
    static String writes(int count) {
        ObjectNode[] results = new ObjectNode[count];
        for (int i = 0; i < count; i++) {
            results[i] = written(1, i + 1);
        }
        return success(results);
    }

    /** D1's failure body: one error, no result. */
    static String error(int code, String message) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("result");
        answer.put("success", false);
        answer.putArray("errors").addObject().put("code", code).put("message", message);
        answer.putArray("messages");
        return answer.toString();
    }
}
