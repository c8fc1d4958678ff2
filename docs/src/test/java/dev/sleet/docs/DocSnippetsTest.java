package dev.sleet.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sleet.d1.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against the current API, and every block not
 * marked otherwise runs on a fresh in-memory database, so the documentation cannot rot. One test per block, named
 * by its file and line; a failure lists the compiler's errors at their Markdown lines.
 *
 * <p>How a block declares its context (an HTML comment on the line before the fence, invisible on GitHub):
 * <ul>
 *   <li>no marker: statements, run on a fresh database with the guide's schema ({@link Seed}), with the imports of
 *       {@link SnippetCompiler#STATEMENT_IMPORTS} and the variables of {@link SnippetContext} in scope;
 *   <li>{@code <!-- snippet: compile -->}: the same, compiled but not run (remote D1, files);
 *   <li>{@code <!-- snippet: schema -->}: records and other declarations, compiled with the annotation processor,
 *       with {@link SnippetCompiler#SCHEMA_IMPORTS};
 *   <li>{@code <!-- snippet: file -->}: a whole compilation unit, compiled with the annotation processor.
 * </ul>
 */
class DocSnippetsTest {

    @TempDir
    static Path output;

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws Exception {
        Path root = Markdown.repositoryRoot();
        List<Snippet> all = new ArrayList<>();
        for (Path file : Markdown.files(root)) {
            all.addAll(Markdown.snippets(root, file));
        }
        assertFalse(all.isEmpty(), "no ```java blocks found under " + root);

        SnippetCompiler compiler = new SnippetCompiler(output);
        List<Snippet> statements =
                all.stream().filter(s -> s.kind().statements()).toList();
        Map<Snippet, List<String>> statementErrors = compiler.compileStatements(statements);
        URLClassLoader loader = new URLClassLoader(
                new URL[] {compiler.statementClasses().toUri().toURL()},
                getClass().getClassLoader());

        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Snippet snippet = all.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(snippet.toString(), () -> {
                if (snippet.kind().statements()) {
                    failOn(statementErrors.get(snippet));
                    if (snippet.kind() == Snippet.Kind.RUN) {
                        run(snippet, loader.loadClass(SnippetCompiler.className(statements.indexOf(snippet))));
                    }
                } else {
                    failOn(compiler.compileAlone(snippet, index));
                }
            }));
        }
        return tests.stream();
    }

    private static void failOn(List<String> errors) {
        if (!errors.isEmpty()) {
            fail("does not compile:\n" + String.join("\n", errors));
        }
    }

    private static void run(Snippet snippet, Class<?> type) throws Exception {
        Set<Path> filesBefore = workingFolder();
        SnippetContext context = (SnippetContext) type.getConstructor().newInstance();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(
                new PrintStream(printed, true, StandardCharsets.UTF_8)); // snippets may print; keep the build quiet
        try (Database db = Seed.database()) {
            context.init(db);
            context.run();
        } catch (Exception | AssertionError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new AssertionError(
                    snippet.where() + ": the snippet compiles but fails when run: " + cause
                            + (printed.size() > 0 ? "\nIt printed:\n" + printed.toString(StandardCharsets.UTF_8) : ""),
                    cause);
        } finally {
            System.setOut(out);
        }
        Set<Path> written = workingFolder();
        written.removeAll(filesBefore);
        if (!written.isEmpty()) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            fail(snippet.where() + ": the snippet wrote " + written + " into the working folder; mark it "
                    + "<!-- snippet: compile --> or let it write elsewhere");
        }
    }

    /** The files of the folder the tests run in, where a snippet's relative paths (Path.of("app.db")) land. */
    private static Set<Path> workingFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.collect(Collectors.toCollection(HashSet::new));
        }
    }
}
