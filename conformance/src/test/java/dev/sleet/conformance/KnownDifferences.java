package dev.sleet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between engines that {@code docs/differences.md} lists. A test may let an engine behave
 * otherwise than D1 only after {@link #require}, which fails unless the table has a row for that difference: every
 * row's first cell starts with the difference's id in backticks, e.g. {@code | `meta-counts` ... |}.
 */
final class KnownDifferences {

    private static final Pattern ROW_ID = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`", Pattern.MULTILINE);
    private static final Path DOC = Path.of("docs", "differences.md");

    private static Set<String> ids;

    private KnownDifferences() {}

    /** Fails the test unless {@code docs/differences.md} lists the difference {@code id}. */
    static void require(String id) {
        assertThat(ids())
                .as("a difference between engines that docs/differences.md does not list; add a row starting `%s`", id)
                .contains(id);
    }

    /** Every id the document lists. */
    static synchronized Set<String> ids() {
        if (ids == null) {
            Matcher rows = ROW_ID.matcher(read());
            Set<String> found = new LinkedHashSet<>();
            while (rows.find()) {
                found.add(rows.group(1));
            }
            ids = Set.copyOf(found);
        }
        return ids;
    }

    private static String read() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve(DOC);
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readString(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no " + DOC + " in the working directory or above it");
    }
}
