package dev.sleet.bench.report;

import dev.sleet.bench.Engines;
import java.util.ArrayList;
import java.util.List;

/** The targets, checked against Sleet's default engine ({@link Engines#SLEET}, D1 fidelity). */
final class Targets {

    /** The workloads whose time and allocation are held to plain JDBC's. */
    static final List<Workload> HELD_TO_JDBC = List.of(Workload.W1, Workload.W2, Workload.W4);

    static final double TIME_RATIO = 1.10;
    static final double ALLOCATION_RATIO = 2.0;
    static final double PROCESSOR_MILLIS = 2_000;
    static final double GENERATE_MILLIS = 5_000;

    private Targets() {}

    /**
     * One row per check: what, on which workload, the measured figure, and whether the target is met.
     *
     * @param figures the run's figures
     * @param fresh   the scale measurements in fresh JVMs, or null when they were not taken
     */
    static List<List<String>> check(Figures figures, Figures fresh) {
        List<List<String>> rows = new ArrayList<>();
        for (Workload w : HELD_TO_JDBC) {
            for (String jdbc : List.of(Engines.JDBC_CACHED, Engines.JDBC_PER_CALL)) {
                Estimate ratio = figures.micros(w.method(), Engines.SLEET).ratioTo(figures.micros(w.method(), jdbc));
                rows.add(List.of(
                        "time per op ≤ " + TIME_RATIO + " × " + jdbc + "'s",
                        w.title(),
                        ratio.format(2) + " ×",
                        atMost(ratio, TIME_RATIO)));
            }
        }
        for (Workload w : Workload.values()) {
            Estimate ratio =
                    figures.micros(w.method(), Engines.SLEET).ratioTo(figures.micros(w.method(), Engines.JOOQ));
            rows.add(List.of(
                    "faster than jOOQ (time ratio < 1)", w.title(), ratio.format(3) + " ×", atMost(ratio, 1.0)));
        }
        for (Workload w : HELD_TO_JDBC) {
            for (String jdbc : List.of(Engines.JDBC_CACHED, Engines.JDBC_PER_CALL)) {
                Estimate ratio = figures.bytes(w.method(), Engines.SLEET).ratioTo(figures.bytes(w.method(), jdbc));
                rows.add(List.of(
                        "allocation per op ≤ " + ALLOCATION_RATIO + " × " + jdbc + "'s",
                        w.title(),
                        ratio.format(2) + " ×",
                        atMost(ratio, ALLOCATION_RATIO)));
            }
        }
        List<Figures> scales = fresh == null ? List.of(figures) : List.of(figures, fresh);
        for (Figures scale : scales) {
            String jvm = scale == fresh ? ", fresh JVM" : ", warm JVM";
            Estimate added = processorCost(scale);
            rows.add(List.of(
                    "processing adds < 2 s to compilation",
                    "300-table schema" + jvm,
                    added.format(0) + " ms",
                    atMost(added, PROCESSOR_MILLIS)));
            Estimate generate = scale.millis(Workload.GENERATE, "");
            rows.add(List.of(
                    "d1:generate < 5 s",
                    "300 tables, 50 files" + jvm,
                    generate.format(0) + " ms",
                    atMost(generate, GENERATE_MILLIS)));
        }
        return rows;
    }

    /** What Sleet's processor adds to javac's time on the scale schema. */
    static Estimate processorCost(Figures figures) {
        return figures.millis(Workload.COMPILE, Workload.WITH_SLEET)
                .minus(figures.millis(Workload.COMPILE, Workload.JAVAC_ALONE));
    }

    private static String atMost(Estimate measured, double limit) {
        if (measured.value() <= limit) {
            return measured.surelyAtMost(limit) ? "met" : "met (within error)";
        }
        return measured.surelyAbove(limit) ? "**missed**" : "missed (within error)";
    }
}
