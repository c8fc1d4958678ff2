package dev.sleet.bench.scale;

import dev.sleet.codegen.processor.SchemaProcessor;
import dev.sleet.schemamodel.descriptor.SchemaDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler, run in this JVM as Maven's compiler plugin runs it, on sources whose imports are on this JVM's
 * class path: without annotation processing, or with Sleet's processor.
 */
public final class Javac {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private Javac() {}

    /**
     * Compiles the sources into {@code output} ({@code output/classes}, and {@code output/generated} for generated
     * sources).
     *
     * @param sleet whether Sleet's processor runs; otherwise no processor does ({@code -proc:none})
     * @throws IllegalStateException when compilation fails, with the compiler's messages
     */
    public static void compile(List<Path> sources, Path output, boolean sleet) {
        Path classes = output.resolve("classes");
        Path generated = output.resolve("generated");
        List<String> options = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-encoding",
                "UTF-8",
                "-nowarn"));
        if (!sleet) {
            options.add("-proc:none");
        }
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = COMPILER.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
            JavaCompiler.CompilationTask task =
                    COMPILER.getTask(messages, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
            if (sleet) {
                task.setProcessors(List.of(new SchemaProcessor()));
            }
            if (!task.call()) {
                throw new IllegalStateException("javac failed:\n" + messages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema descriptor the processor wrote into {@code output} by {@link #compile} with Sleet. */
    public static String descriptor(Path output) {
        try {
            return Files.readString(output.resolve("classes").resolve(SchemaDescriptor.PATH), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the processor wrote no " + SchemaDescriptor.PATH, e);
        }
    }
}
