package dev.sleet.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sleet.bench.BenchDb;
import dev.sleet.bench.Engines;
import dev.sleet.bench.scale.MigrationHistory;
import dev.sleet.bench.scale.ScaleSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Writes bench/BENCHMARKS.md from JMH's JSON results: the machine, the versions, every figure with its error, the
 * ratios to plain JDBC and jOOQ, and the targets met or missed.
 *
 * <p>{@code java dev.sleet.bench.report.Report RESULTS_JSON FRESH_JVM_RESULTS_JSON OUTPUT_MD NOTES_MD} (bench/run
 * calls it): the second file holds the scale measurements taken in fresh JVMs, and the notes, written by hand,
 * become the report's last section. Either may be missing.
 */
public final class Report {

    private static final List<String> TIME_HEADER = List.of(
            "engine",
            "throughput (ops/s)",
            "time per op (µs)",
            "allocation (B/op)",
            "time vs jdbc-cached",
            "time vs jdbc-per-call",
            "allocation vs jdbc-cached",
            "allocation vs jdbc-per-call");

    private Report() {}

    /**
     * Writes the report.
     *
     * @param args the JMH results, the fresh-JVM scale results, the Markdown file to write, and the notes
     */
    public static void main(String[] args) throws Exception {
        Figures figures = new Figures(Result.read(Path.of(args[0])));
        Figures fresh = Files.isRegularFile(Path.of(args[1])) ? new Figures(Result.read(Path.of(args[1]))) : null;
        Path output = Path.of(args[2]);
        String notes = Files.isRegularFile(Path.of(args[3]))
                ? Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).trim()
                : null;
        String report;
        try {
            report = write(figures, fresh, notes);
        } catch (NoSuchElementException e) {
            System.out.println(
                    "Not written, this run left figures out (" + e.getMessage() + "): " + output + " is as it was");
            return;
        }
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.out.println("Wrote " + output.toAbsolutePath());
    }

    static String write(Figures figures, Figures fresh, String notes) {
        Markdown md = new Markdown();
        JsonNode run = figures.get(Workload.W1.method(), Engines.JDBC_CACHED).run();
        md.heading(1, "Sleet benchmarks");
        String seconds = System.getProperty("sleet.bench.seconds");
        md.paragraph("Written by `bench/run` on "
                + DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
                        .format(ZonedDateTime.now(ZoneOffset.UTC))
                + (seconds == null ? "" : ", which took " + seconds + " s")
                + ". Every figure is JMH's score ± the half-width of its 99.9% confidence interval; a ratio's error combines "
                + "both figures' errors. This file is generated: edit `bench/NOTES.md` or the code in "
                + "`bench/src/main/java/dev/sleet/bench/report/`, not this file.");
        String note = System.getProperty("sleet.bench.note");
        if (note != null && !note.isBlank()) {
            md.paragraph("**Note on this run:** " + note);
        }

        md.heading(2, "Machine");
        md.facts(Environment.machine());
        md.heading(2, "Versions");
        md.facts(Environment.versions(
                run.path("jdkVersion").asText() + ", " + run.path("vmName").asText() + " "
                        + run.path("vmVersion").asText(),
                run.path("jmhVersion").asText()));

        md.heading(2, "How they ran");
        md.bullets(List.of(
                "Workloads: " + profile(run) + ", throughput mode, one thread. Scale: "
                        + profile(figures.get(Workload.COMPILE, Workload.JAVAC_ALONE)
                                .run()) + ", single-shot mode"
                        + (fresh == null
                                ? ""
                                : "; and again in fresh JVMs, "
                                        + profile(fresh.get(Workload.COMPILE, Workload.JAVAC_ALONE)
                                                .run()) + ", as `mvn compile` and "
                                        + "`mvn d1:generate` run them")
                        + ". JVM options: `" + String.join(" ", jvmArgs(run)) + "`.",
                "Allocation: JMH's `-prof gc`, `gc.alloc.rate.norm`, bytes allocated per operation.",
                "Database: one SQLite file in WAL mode, "
                        + String.format(
                                Locale.ROOT,
                                "%,d authors, %,d posts, %,d comments",
                                BenchDb.AUTHORS,
                                BenchDb.POSTS,
                                BenchDb.COMMENTS)
                        + ", built once, copied for every fork onto tmpfs; "
                        + "every connection, Sleet's included, has foreign keys on and a 5 s busy timeout. `Verify` checked that "
                        + "every engine reads, writes and renders the same rows before anything was timed.",
                "Workload 1 looks up posts by a key that strides through all of them; workload 2 reads an author's 50 posts "
                        + "in id order; workload 3 inserts 10,000 comments (the previous operation's rows are deleted before "
                        + "each, untimed); workload 4 sets one post's score; workload 5 builds and renders a join of authors, "
                        + "posts and comments with WHERE, GROUP BY, HAVING, ORDER BY and LIMIT, without a database.",
                "Scale: " + ScaleSchema.TABLES + " generated `@Table` records compiled in-process by javac alone "
                        + "(`-proc:none`) and with Sleet's processor, each time into an empty folder; d1:generate is "
                        + "`MigrationGenerator.generate` on their descriptor and a " + MigrationHistory.FILES
                        + "-file history "
                        + "(30 added columns, 5 table rebuilds, 12 new indexes to plan, verify and write)."));
        List<String> engines = new ArrayList<>();
        for (String engine : Engines.QUERY_ENGINES) {
            engines.add("`" + engine + "`: " + Engines.describe(engine));
        }
        engines.add("`" + Engines.JDBC + "` (workload 5 only): " + Engines.describe(Engines.JDBC));
        md.paragraph("Engines:").bullets(engines);

        md.heading(2, "Targets");
        md.paragraph(
                "Checked on `sleet`, what users get by default (D1 fidelity); `sleet-plain` is in the tables below.");
        md.table(List.of("target", "workload", "measured", "verdict"), Targets.check(figures, fresh));

        for (Workload w : Workload.values()) {
            md.heading(2, "Workload " + w.title());
            if (w == Workload.W5) {
                md.table(
                        List.of(
                                "engine",
                                "throughput (ops/s)",
                                "time per op (µs)",
                                "allocation (B/op)",
                                "time vs jdbc",
                                "allocation vs jdbc"),
                        renderRows(figures));
            } else {
                md.table(TIME_HEADER, queryRows(figures, w));
            }
        }

        md.heading(2, "Scale");
        md.table(
                List.of("measurement", "warm JVM (ms)", "fresh JVM (ms)", "allocation, warm (MB)"),
                List.of(
                        scaleRow(
                                "javac alone, " + ScaleSchema.TABLES + " records",
                                figures,
                                fresh,
                                Workload.JAVAC_ALONE),
                        scaleRow("javac with Sleet's processor", figures, fresh, Workload.WITH_SLEET),
                        List.of(
                                "**added by the processor**",
                                Targets.processorCost(figures).format(0),
                                fresh == null
                                        ? ""
                                        : Targets.processorCost(fresh).format(0),
                                ""),
                        List.of(
                                "d1:generate, " + ScaleSchema.TABLES + " tables, " + MigrationHistory.FILES + " files",
                                figures.millis(Workload.GENERATE, "").format(0),
                                fresh == null
                                        ? ""
                                        : fresh.millis(Workload.GENERATE, "").format(0),
                                megabytes(figures, Workload.GENERATE, ""))));

        if (notes != null) {
            md.heading(2, "Notes");
            md.paragraph(notes);
        }
        return md.toString();
    }

    private static List<List<String>> queryRows(Figures figures, Workload w) {
        List<List<String>> rows = new ArrayList<>();
        for (String engine : Engines.QUERY_ENGINES) {
            Estimate micros = figures.micros(w.method(), engine);
            Estimate bytes = figures.bytes(w.method(), engine);
            rows.add(List.of(
                    "`" + engine + "`",
                    figures.get(w.method(), engine).score().format(),
                    micros.format(),
                    bytes.format(0),
                    micros.ratioTo(figures.micros(w.method(), Engines.JDBC_CACHED))
                            .format(2),
                    micros.ratioTo(figures.micros(w.method(), Engines.JDBC_PER_CALL))
                            .format(2),
                    bytes.ratioTo(figures.bytes(w.method(), Engines.JDBC_CACHED))
                            .format(2),
                    bytes.ratioTo(figures.bytes(w.method(), Engines.JDBC_PER_CALL))
                            .format(2)));
        }
        return rows;
    }

    private static List<List<String>> renderRows(Figures figures) {
        String method = Workload.W5.method();
        List<List<String>> rows = new ArrayList<>();
        for (String engine : Engines.RENDER_ENGINES) {
            Estimate micros = figures.micros(method, engine);
            Estimate bytes = figures.bytes(method, engine);
            rows.add(List.of(
                    "`" + engine + "`",
                    figures.get(method, engine).score().format(),
                    micros.format(),
                    bytes.format(0),
                    micros.ratioTo(figures.micros(method, Engines.JDBC)).format(1),
                    bytes.ratioTo(figures.bytes(method, Engines.JDBC)).format(1)));
        }
        return rows;
    }

    private static List<String> scaleRow(String label, Figures figures, Figures fresh, String compiler) {
        return List.of(
                label,
                figures.millis(Workload.COMPILE, compiler).format(0),
                fresh == null ? "" : fresh.millis(Workload.COMPILE, compiler).format(0),
                megabytes(figures, Workload.COMPILE, compiler));
    }

    private static String megabytes(Figures figures, String method, String param) {
        Estimate bytes = figures.get(method, param).allocation();
        return bytes == null ? "" : bytes.times(1e-6).format(0);
    }

    private static String profile(JsonNode run) {
        return count(run.path("forks").asInt(), "fork") + " per benchmark, " + iterations(run, "warmup")
                + " of warm-up, " + iterations(run, "measurement") + " measured";
    }

    private static String iterations(JsonNode run, String phase) {
        int n = run.path(phase + "Iterations").asInt();
        return run.path("mode").asText().equals("ss")
                ? count(n, "shot")
                : count(n, "iteration") + " of " + run.path(phase + "Time").asText();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<String> jvmArgs(JsonNode run) {
        List<String> args = new ArrayList<>();
        run.path("jvmArgs").forEach(a -> {
            if (!a.asText().startsWith("-Dsleet.bench.")) {
                args.add(a.asText());
            }
        });
        return args;
    }
}
