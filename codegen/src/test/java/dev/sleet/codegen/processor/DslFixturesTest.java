package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.compile;
import static dev.sleet.codegen.processor.CompilationSupport.generatedSource;
import static dev.sleet.codegen.processor.CompilationSupport.resourceSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table classes that dsl's tests write by hand ({@code dsl/src/test/java/dev/sleet/fixtures}) declare what the
 * processor generates for the same records: the same table name, the same column fields with the same factories,
 * types and options, and the same row mapping. The records, annotated, are under {@code dsl-fixtures} in this
 * module's test resources. A change to what the processor writes fails here until the fixtures follow it.
 */
class DslFixturesTest {

    private static final Path FIXTURES = Path.of("../dsl/src/test/java/dev/sleet/fixtures");

    private static final Pattern FIELD = Pattern.compile("publicfinal([^=;{}]+?)([A-Z][A-Z0-9_]*)=([^;]+);");
    private static final Pattern TABLE = Pattern.compile("super\\(\"(\\w+)\",alias\\)");
    private static final Pattern READ = Pattern.compile("read\\(([A-Z][A-Z0-9_]*),row,first(\\+\\d+)?\\)");
    private static final Pattern WRITE = Pattern.compile("toSql\\(([A-Z][A-Z0-9_]*),\\w+\\.(\\w+)\\(\\)\\)");

    @ParameterizedTest
    @CsvSource({"User,Users", "App,Apps", "Screen,Screens", "RateBucket,RateBuckets"})
    void handWrittenTableClassDeclaresWhatTheProcessorGenerates(String record, String table) throws IOException {
        Compilation compilation = compile(
                resourceSource("dsl-fixtures/dev/sleet/fixtures/Nullable.java", "dev/sleet/fixtures/Nullable.java"),
                resourceSource(
                        "dsl-fixtures/dev/sleet/fixtures/" + record + ".java",
                        "dev/sleet/fixtures/" + record + ".java"));
        assertThat(compilation).succeeded();

        String generated = shape(generatedSource(compilation, "dev.sleet.fixtures." + table));
        String handWritten = shape(Files.readString(FIXTURES.resolve(table + ".java")));

        assertThat(generated).contains("table ", "field ", "read ", "write ");
        assertThat(handWritten)
                .as("dsl/src/test/java/dev/sleet/fixtures/%s.java against the processor's output", table)
                .isEqualTo(generated);
    }

    /** What a table class declares, one line each: its table, its column fields, how it reads and writes a row. */
    private static String shape(String source) {
        String text = source.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\\s+", "");
        List<String> lines = new ArrayList<>();
        find(TABLE, text, lines, m -> "table " + m.group(1));
        find(FIELD, text, lines, m -> "field " + m.group(2) + " : " + m.group(1) + " = " + m.group(3));
        find(READ, text, lines, m -> "read " + m.group(1) + (m.group(2) == null ? "" : " at " + m.group(2)));
        find(WRITE, text, lines, m -> "write " + m.group(1) + " from " + m.group(2));
        return String.join("\n", lines);
    }

    private static void find(
            Pattern pattern, String text, List<String> lines, java.util.function.Function<Matcher, String> line) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            lines.add(line.apply(m));
        }
    }
}
