package dev.sleet.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the Markdown files of the documentation and the Java snippets in them. */
final class Markdown {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*(\\S*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+)\\s*-->\\s*$");

    private Markdown() {}

    /** The repository's root: the parent of this module's folder. */
    static Path repositoryRoot() {
        String docsFolder = System.getProperty("sleet.docs.root");
        Path docs = docsFolder != null ? Path.of(docsFolder) : Path.of("").toAbsolutePath();
        return docs.toAbsolutePath().normalize().getParent();
    }

    /** README.md and every {@code docs/*.md}, in a stable order. */
    static List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The {@code ```java} blocks of a file.
     *
     * @throws IllegalArgumentException for an unclosed block or a marker that names no {@link Snippet.Kind}
     */
    static List<Snippet> snippets(Path root, Path file) {
        String name = root.relativize(file).toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            String language = open.group(2);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !isClosing(lines.get(end))) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": a ``` block is never closed");
            }
            if (language.equals("java")) {
                StringBuilder code = new StringBuilder();
                for (String line : lines.subList(start, end)) {
                    code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                            .append('\n');
                }
                snippets.add(new Snippet(name, start + 1, kind(name, lines, i), code.toString()));
            }
            i = end;
        }
        return snippets;
    }

    private static boolean isClosing(String line) {
        return line.strip().equals("```");
    }

    /** The kind a marker on the line before the fence (blank lines between allowed) declares; RUN without one. */
    private static Snippet.Kind kind(String name, List<String> lines, int fence) {
        int i = fence - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0) {
            return Snippet.Kind.RUN;
        }
        Matcher marker = MARKER.matcher(lines.get(i));
        if (!marker.matches()) {
            return Snippet.Kind.RUN;
        }
        try {
            return Snippet.Kind.named(marker.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    name + ":" + (i + 1) + ": unknown snippet kind '" + marker.group(1)
                            + "'; use run, compile, schema or file",
                    e);
        }
    }
}
