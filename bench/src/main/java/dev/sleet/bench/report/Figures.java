package dev.sleet.bench.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** JMH's results by benchmark method and parameter, with the conversions the report needs. */
final class Figures {

    private final Map<String, Result> byKey = new HashMap<>();

    Figures(List<Result> results) {
        results.forEach(r -> byKey.put(key(r.benchmark(), r.param()), r));
    }

    Result get(String benchmark, String param) {
        Result result = byKey.get(key(benchmark, param));
        if (result == null) {
            throw new NoSuchElementException("no result for " + benchmark + " " + param + " (was it run?)");
        }
        return result;
    }

    /** Microseconds per operation, from a throughput in operations per second. */
    Estimate micros(String benchmark, String engine) {
        Result result = get(benchmark, engine);
        if (!result.unit().equals("ops/s")) {
            throw new IllegalStateException(benchmark + " is in " + result.unit() + ", not ops/s");
        }
        return result.score().inverse().times(1e6);
    }

    /** Bytes allocated per operation. */
    Estimate bytes(String benchmark, String engine) {
        Estimate allocation = get(benchmark, engine).allocation();
        if (allocation == null) {
            throw new IllegalStateException("no allocation figure for " + benchmark + ": run JMH with -prof gc");
        }
        return allocation;
    }

    /** Milliseconds per operation, from a single-shot time. */
    Estimate millis(String benchmark, String param) {
        Result result = get(benchmark, param);
        if (!result.unit().equals("ms/op")) {
            throw new IllegalStateException(benchmark + " is in " + result.unit() + ", not ms/op");
        }
        return result.score();
    }

    private static String key(String benchmark, String param) {
        return benchmark + "/" + param;
    }
}
