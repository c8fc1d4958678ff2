package dev.sleet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main program on an embedded database file, run as {@code exec:java} runs it. */
class SaasAppTest {

    private static final Pattern README_OUTPUT =
            Pattern.compile("<!-- sample output -->\\n```text\\n(.*?)```", Pattern.DOTALL);

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:30Z");

    @TempDir
    Path dir;

    @Test
    void aFirstRunMigratesSeedsAndRunsTheDay() {
        Path file = dir.resolve("saas.db");

        List<String> lines = run(file);

        assertThat(lines.get(0)).isEqualTo("Database: embedded SQLite file " + file);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(ExpectedDay.FIRST_RUN);
    }

    @Test
    void aSecondRunOnTheSameFileAppliesNothingSeedsNothingAndCountsOn() {
        Path file = dir.resolve("saas.db");
        run(file);

        List<String> lines = run(file);

        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(ExpectedDay.SECOND_RUN);
    }

    @Test
    void readmeShowsWhatAFirstRunOnANewDatabasePrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = README_OUTPUT.matcher(readme);
        assertThat(block.find())
                .as("README.md has a text block after <!-- sample output -->")
                .isTrue();
        List<String> shown = block.group(1).lines().toList();

        assertThat(shown).containsExactlyElementsOf(run());
    }

    private static List<String> run(Path file) {
        return run(file.toString());
    }

    /** What the program prints, given no environment. */
    private static List<String> run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SaasApp.run(Map.of(), args, out, NOW);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
