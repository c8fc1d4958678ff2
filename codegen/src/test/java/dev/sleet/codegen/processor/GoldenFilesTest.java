package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.GOLDEN_INPUTS;
import static dev.sleet.codegen.processor.CompilationSupport.descriptor;
import static dev.sleet.codegen.processor.CompilationSupport.descriptorBytes;
import static dev.sleet.codegen.processor.CompilationSupport.generatedSource;
import static dev.sleet.codegen.processor.CompilationSupport.goldenSources;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles a representative schema (the sources under {@code golden/input}) and compares the generated table classes
 * and {@code META-INF/sleet/schema.json} with the reviewed files under {@code golden/expected}, character for
 * character. On a mismatch the actual text is also written to {@code target/golden-actual} for diffing.
 */
class GoldenFilesTest {

    private static Compilation compilation;

    @BeforeAll
    static void compileGoldenSchema() {
        compilation = CompilationSupport.compiler().compile(goldenSources(GOLDEN_INPUTS));
    }

    @Test
    void goldenSchemaCompilesWithoutErrors() {
        assertThat(compilation).succeeded();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"app.Users", "app.Apps", "app.Screens", "app.RateBuckets"})
    void generatedTableClassMatchesGoldenFile(String tableClass) {
        String actual = generatedSource(compilation, tableClass);
        String path = tableClass.replace('.', '/') + ".java";
        compareWithGolden(path, actual);
    }

    @Test
    void schemaDescriptorMatchesGoldenFile() {
        compareWithGolden("schema.json", descriptor(compilation));
    }

    @Test
    void noTableClassIsGeneratedForRecordsWithoutTable() {
        assertThat(compilation.generatedSourceFiles()).hasSize(4);
        assertThat(compilation.generatedSourceFile("app.Handles")).isEmpty();
    }

    @Test
    void descriptorIsByteForByteIdenticalAcrossCompilationsAndSourceOrders() {
        byte[] first = descriptorBytes(compilation);
        byte[] again = descriptorBytes(CompilationSupport.compiler().compile(goldenSources(GOLDEN_INPUTS)));
        List<String> reversed = new ArrayList<>(GOLDEN_INPUTS);
        Collections.reverse(reversed);
        byte[] reversedOrder = descriptorBytes(CompilationSupport.compiler().compile(goldenSources(reversed)));
        List<String> shuffled = new ArrayList<>(GOLDEN_INPUTS);
        Collections.shuffle(shuffled, new Random(42));
        byte[] shuffledOrder = descriptorBytes(CompilationSupport.compiler().compile(goldenSources(shuffled)));

        assertThat(again).isEqualTo(first);
        assertThat(reversedOrder).isEqualTo(first);
        assertThat(shuffledOrder).isEqualTo(first);
    }

    @Test
    void descriptorUsesUnixLineEndsAndEndsWithANewline() {
        String text = descriptor(compilation);
        assertThat(text).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void generatedTableClassesAreIdenticalAcrossSourceOrders() {
        List<String> reversed = new ArrayList<>(GOLDEN_INPUTS);
        Collections.reverse(reversed);
        Compilation other = CompilationSupport.compiler().compile(goldenSources(reversed));
        for (String name : List.of("app.Users", "app.Apps", "app.Screens", "app.RateBuckets")) {
            assertThat(generatedSource(other, name)).as(name).isEqualTo(generatedSource(compilation, name));
        }
    }

    private static void compareWithGolden(String path, String actual) {
        String resource = "golden/expected/" + path;
        String expected;
        try {
            expected = CompilationSupport.resource(resource);
        } catch (IllegalArgumentException missing) {
            expected = null;
        }
        if (expected == null || !expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual", path);
            try {
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(expected)
                .as("golden file %s (actual text written to target/golden-actual/%s)", resource, path)
                .isNotNull();
        assertThat(actual).as("generated %s against %s", path, resource).isEqualTo(expected);
    }
}
