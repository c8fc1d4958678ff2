package dev.sleet.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One benchmark's figures from JMH's JSON results ({@code -rf json}).
 *
 * @param benchmark  the benchmark method's name, such as {@code w1PkLookup}
 * @param param      its one parameter's value (the engine, or the compiler), or empty
 * @param score      the primary figure: operations per second, or milliseconds per operation
 * @param unit       the primary figure's unit, as JMH writes it
 * @param allocation bytes allocated per operation ({@code -prof gc}'s {@code gc.alloc.rate.norm}), or null
 * @param run        how the benchmark ran: JMH's fields other than the figures
 */
public record Result(String benchmark, String param, Estimate score, String unit, Estimate allocation, JsonNode run) {

    /** Reads every result of a JMH JSON file. */
    public static List<Result> read(Path json) throws IOException {
        List<Result> results = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(json.toFile())) {
            String name = node.get("benchmark").asText();
            Iterator<Map.Entry<String, JsonNode>> params = node.path("params").fields();
            String param = params.hasNext() ? params.next().getValue().asText() : "";
            JsonNode primary = node.get("primaryMetric");
            Estimate allocation = null;
            Iterator<Map.Entry<String, JsonNode>> secondary =
                    node.path("secondaryMetrics").fields();
            while (secondary.hasNext()) {
                Map.Entry<String, JsonNode> metric = secondary.next();
                // JMH before 1.36 names it "·gc.alloc.rate.norm".
                if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                    allocation = estimate(metric.getValue());
                }
            }
            results.add(new Result(
                    name.substring(name.lastIndexOf('.') + 1),
                    param,
                    estimate(primary),
                    primary.get("scoreUnit").asText(),
                    allocation,
                    node));
        }
        return results;
    }

    private static Estimate estimate(JsonNode metric) {
        JsonNode error = metric.get("scoreError");
        return new Estimate(metric.get("score").asDouble(), error.isNumber() ? error.asDouble() : Double.NaN);
    }
}
