package dev.sleet.codegen.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac with real directories, as a build tool runs it: sources written to a directory, classes and resources to a
 * class output that survives from one compilation to the next and is on the class path of the next. Compile-Testing
 * keeps its output in memory and cannot share it between compilations, which incremental compilation needs.
 */
final class RealCompiler {

    private final Path sourceRoot;
    private final Path classOutput;
    private final Path generatedSources;

    RealCompiler(Path root) {
        this.sourceRoot = root.resolve("src");
        this.classOutput = root.resolve("classes");
        this.generatedSources = root.resolve("generated");
        try {
            Files.createDirectories(sourceRoot);
            Files.createDirectories(classOutput);
            Files.createDirectories(generatedSources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a source, by qualified class name. */
    RealCompiler source(String qualifiedName, String text) {
        Path file = sourceFile(qualifiedName);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a record: its source, and its class files in the class output, as a clean-up of stale classes does. */
    RealCompiler delete(String qualifiedName) {
        try {
            Files.deleteIfExists(sourceFile(qualifiedName));
            Path classFile = classOutput.resolve(qualifiedName.replace('.', File.separatorChar) + ".class");
            Files.deleteIfExists(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path classOutput() {
        return classOutput;
    }

    Path descriptorFile() {
        return classOutput.resolve("META-INF/sleet/schema.json");
    }

    String descriptor() {
        try {
            return Files.readString(descriptorFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String generatedSource(String qualifiedName) {
        try {
            return Files.readString(generatedSources.resolve(qualifiedName.replace('.', '/') + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasGeneratedSource(String qualifiedName) {
        return Files.exists(generatedSources.resolve(qualifiedName.replace('.', '/') + ".java"));
    }

    /** Compiles only these of the added sources, with the class output on the class path. */
    Result compile(String... qualifiedNames) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<File> toCompile = new ArrayList<>();
            for (String name : qualifiedNames) {
                toCompile.add(sourceFile(name).toFile());
            }
            List<String> options = List.of(
                    "-d",
                    classOutput.toString(),
                    "-s",
                    generatedSources.toString(),
                    "-cp",
                    classOutput + File.pathSeparator + System.getProperty("java.class.path"),
                    "-sourcepath",
                    "",
                    "-implicit:none",
                    "-Xlint:all,-processing");
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(toCompile));
            task.setProcessors(List.of(new SchemaProcessor()));
            boolean ok = task.call();
            return new Result(ok, diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All files under the class output, relative, sorted. */
    List<String> classOutputFiles() {
        try (Stream<Path> walk = Files.walk(classOutput)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> classOutput.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path sourceFile(String qualifiedName) {
        return sourceRoot.resolve(qualifiedName.replace('.', File.separatorChar) + ".java");
    }

    /** A compilation's outcome. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

        List<String> errors() {
            return diagnostics.stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(null))
                    .toList();
        }

        @Override
        public String toString() {
            return (success ? "succeeded" : "failed")
                    + diagnostics.stream()
                            .map(d -> "\n  " + d.getKind() + " "
                                    + (d.getSource() == null
                                            ? ""
                                            : d.getSource().getName() + ":" + d.getLineNumber()) + " "
                                    + d.getMessage(null))
                            .collect(Collectors.joining());
        }
    }
}
