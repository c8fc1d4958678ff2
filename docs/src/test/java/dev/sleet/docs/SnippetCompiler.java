package dev.sleet.docs;

import dev.sleet.codegen.processor.SchemaProcessor;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Turns snippets into Java sources and compiles them with the system compiler against the test class path, mapping
 * every error back to the Markdown file and line it came from.
 *
 * <p>Statement snippets ({@code run}, {@code compile}) become {@code run()} methods of {@link SnippetContext}
 * subclasses, with {@link #STATEMENT_IMPORTS}, and compile together in one pass. Declaration snippets
 * ({@code schema}, {@code file}) each compile alone, with Sleet's annotation processor, so that each is its own
 * schema: the processor's errors (a foreign key to an unknown table, a reserved name) fail the snippet as they would
 * fail a user's build.
 */
final class SnippetCompiler {

    /** What every statement snippet can use without importing it. */
    static final String STATEMENT_IMPORTS = """
      import static dev.sleet.docs.model.Apps.APPS;
      import static dev.sleet.docs.model.RateBuckets.RATE_BUCKETS;
      import static dev.sleet.docs.model.Screens.SCREENS;
      import static dev.sleet.docs.model.Users.USERS;
      import static dev.sleet.expr.Functions.*;

      import dev.sleet.Sleet;
      import dev.sleet.d1.*;
      import dev.sleet.result.*;
      import dev.sleet.d1.http.*;
      import dev.sleet.d1.sqlite.*;
      import dev.sleet.docs.model.*;
      import dev.sleet.errors.*;
      import dev.sleet.expr.*;
      import dev.sleet.migrations.*;
      import dev.sleet.query.*;
      import dev.sleet.sql.*;
      import dev.sleet.tuple.*;
      import dev.sleet.types.*;
      import java.math.BigDecimal;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

    /** What every schema snippet can use without importing it. */
    static final String SCHEMA_IMPORTS = """
      import dev.sleet.schema.*;
      import dev.sleet.types.*;
      import java.math.BigDecimal;
      import java.time.*;
      import java.util.*;
      import org.jspecify.annotations.Nullable;
      """;

    private static final String STATEMENT_PACKAGE = "dev.sleet.docs.snippets";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum|@interface)\\s+(\\w+)");

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Path output;

    /** A compiler that writes classes under {@code output}. */
    SnippetCompiler(Path output) {
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        this.output = output;
    }

    /** A compiled statement snippet's class name, for running it. */
    static String className(int index) {
        return STATEMENT_PACKAGE + ".Snippet" + index;
    }

    /**
     * Compiles statement snippets in one pass.
     *
     * @param snippets the snippets; snippet {@code i} becomes class {@link #className(int) className(i)}
     * @return each snippet's errors, empty when it compiled
     */
    Map<Snippet, List<String>> compileStatements(List<Snippet> snippets) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet snippet = snippets.get(i);
            String header = "package " + STATEMENT_PACKAGE + ";\n\n" + STATEMENT_IMPORTS + "\n"
                    + "public final class Snippet" + i + " extends dev.sleet.docs.SnippetContext {\n"
                    + "  @Override\n"
                    + "  @SuppressWarnings(\"unused\")\n"
                    + "  public void run() throws Exception {\n";
            String text = header + snippet.code() + "  }\n}\n";
            sources.add(new Source(snippet, "Snippet" + i, STATEMENT_PACKAGE, text, lines(header) + 1));
        }
        Map<Snippet, List<String>> errors = compile(sources, statementClasses(), List.of("-proc:none"), null);
        List<Source> clean =
                sources.stream().filter(s -> errors.get(s.snippet).isEmpty()).toList();
        if (clean.size() < sources.size()) {
            // javac writes no class when any source has an error: compile the good ones again, so that they still run.
            deleteClasses();
            compile(clean, statementClasses(), List.of("-proc:none"), null);
        }
        return errors;
    }

    /** Where the compiled statement snippets are. */
    Path statementClasses() {
        return output.resolve("statements");
    }

    private void deleteClasses() {
        try (Stream<Path> files = Files.walk(statementClasses())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a schema or file snippet on its own, with Sleet's annotation processor. */
    List<String> compileAlone(Snippet snippet, int index) {
        Source source;
        if (snippet.kind() == Snippet.Kind.SCHEMA) {
            String pkg = "dev.sleet.docs.schema" + index;
            String header = "package " + pkg + ";\n\n" + SCHEMA_IMPORTS + "\n" + "interface Snippet" + index + " {\n";
            source = new Source(snippet, "Snippet" + index, pkg, header + snippet.code() + "}\n", lines(header) + 1);
        } else {
            Matcher pkg = PACKAGE.matcher(snippet.code());
            Matcher type = PUBLIC_TYPE.matcher(snippet.code());
            source = new Source(
                    snippet,
                    type.find() ? type.group(1) : "Snippet" + index,
                    pkg.find() ? pkg.group(1) : "",
                    snippet.code(),
                    1);
        }
        Path classes = output.resolve("alone" + index);
        List<String> errors = compile(List.of(source), classes, List.of(), new SchemaProcessor())
                .get(snippet);
        if (errors.isEmpty()
                && snippet.code().contains("@Table")
                && !Files.isRegularFile(classes.resolve(SchemaDescriptor.PATH))) {
            errors.add(snippet.where() + ": the annotation processor wrote no " + SchemaDescriptor.PATH
                    + " for this snippet's tables");
        }
        return errors;
    }

    private Map<Snippet, List<String>> compile(
            List<Source> sources, Path classes, List<String> extraOptions, Processor processor) {
        Map<Snippet, List<String>> errors = new LinkedHashMap<>();
        sources.forEach(s -> errors.put(s.snippet, new ArrayList<>()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(classes));
            List<String> options = new ArrayList<>(List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-encoding",
                    "UTF-8",
                    "-Xlint:none",
                    "-nowarn"));
            options.addAll(extraOptions);
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, sources);
            if (processor != null) {
                task.setProcessors(List.of(processor));
            }
            try {
                task.call();
            } catch (RuntimeException e) {
                // A processor that crashes: report it against the snippet rather than failing every other test.
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                errors.get(sources.get(0).snippet)
                        .add(sources.get(0).snippet.where() + ": the compiler or the annotation "
                                + "processor crashed: " + cause);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Source source = d.getSource() instanceof Source s ? s : null;
            Snippet snippet = source != null ? source.snippet : sources.get(0).snippet;
            int line = snippet.line();
            if (source != null && d.getLineNumber() >= source.firstLine) {
                line = snippet.line() + (int) (d.getLineNumber() - source.firstLine);
            }
            String where = source == null && d.getSource() != null
                    ? " (in " + d.getSource().getName() + ")"
                    : "";
            errors.get(snippet).add(snippet.file() + ":" + line + ": " + d.getMessage(Locale.ROOT) + where);
        }
        return errors;
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** A generated source, and where its snippet's first line is in it. */
    private static final class Source extends SimpleJavaFileObject {
        final Snippet snippet;
        final String text;
        final int firstLine;

        Source(Snippet snippet, String simpleName, String pkg, String text, int firstLine) {
            super(
                    URI.create(
                            "string:///" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + simpleName + ".java"),
                    Kind.SOURCE);
            this.snippet = snippet;
            this.text = text;
            this.firstLine = firstLine;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
