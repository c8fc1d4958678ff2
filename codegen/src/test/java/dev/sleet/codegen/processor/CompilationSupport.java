package dev.sleet.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Helpers shared by the processor tests: sources from test resources, compilation, the descriptor's text. */
final class CompilationSupport {

    /** The input sources of the golden schema, under {@code golden/input}. */
    static final List<String> GOLDEN_INPUTS = List.of(
            "app/Nullable.java",
            "app/Tier.java",
            "app/Handle.java",
            "app/HandleConverter.java",
            "app/User.java",
            "app/App.java",
            "app/Screen.java",
            "app/RateBucket.java");

    private CompilationSupport() {}

    /** javac with Sleet's processor and nothing else. */
    static Compiler compiler() {
        return Compiler.javac().withProcessors(new SchemaProcessor());
    }

    static Compilation compile(JavaFileObject... sources) {
        return compiler().compile(sources);
    }

    /** A source from the class path's resources, named by its path so that errors point at it. */
    static JavaFileObject resourceSource(String resource, String sourcePath) {
        return JavaFileObjects.forSourceString(sourcePath.replace(".java", "").replace('/', '.'), resource(resource));
    }

    /** The golden schema's sources, in the given order. */
    static List<JavaFileObject> goldenSources(List<String> order) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String path : order) {
            sources.add(resourceSource("golden/input/" + path, path));
        }
        return sources;
    }

    /** A text resource, UTF-8. */
    static String resource(String name) {
        try (InputStream in = CompilationSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated source's text. */
    static String generatedSource(Compilation compilation, String qualifiedName) {
        Optional<JavaFileObject> file = compilation.generatedSourceFile(qualifiedName);
        assertThat(file)
                .as("generated source %s; generated: %s", qualifiedName, generatedNames(compilation))
                .isPresent();
        try {
            return file.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptor's bytes. */
    static byte[] descriptorBytes(Compilation compilation) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SchemaDescriptor.PATH);
        assertThat(file).as("the schema descriptor").isPresent();
        try (InputStream in = file.get().openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String descriptor(Compilation compilation) {
        return new String(descriptorBytes(compilation), StandardCharsets.UTF_8);
    }

    static String generatedNames(Compilation compilation) {
        return compilation.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .collect(Collectors.joining(", "));
    }

    /** Every diagnostic, one a line, for assertion messages. */
    static String diagnostics(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> d.getKind() + " "
                        + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()) + " "
                        + d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }

    /** The 1-based line of the first line of {@code source} that contains {@code text}. */
    static long lineOf(String source, String text) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + text);
    }
}
