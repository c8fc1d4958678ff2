package dev.sleet.docs;

import java.util.Locale;

/**
 * One {@code ```java} block of a Markdown file, and how it is checked.
 *
 * @param file the Markdown file, as shown in messages ({@code README.md}, {@code docs/query.md})
 * @param line the 1-based line of the block's first line of code
 * @param kind how the code is compiled and whether it runs
 * @param code the code, its indentation inside a list removed
 */
record Snippet(String file, int line, Kind kind, String code) {

    /**
     * How a block declares its context: an HTML comment on the line before the fence, {@code <!-- snippet: compile -->};
     * a block without one is {@link #RUN}.
     */
    enum Kind {
        /** Statements, compiled as the body of a {@link SnippetContext} method and run on a fresh seeded database. */
        RUN,
        /** Statements, compiled like {@link #RUN} but not run (a remote database, a file, a server). */
        COMPILE,
        /** Declarations (records, converters), compiled with Sleet's annotation processor as members of an interface. */
        SCHEMA,
        /** A whole compilation unit, with its own package and imports, compiled with Sleet's annotation processor. */
        FILE;

        static Kind named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        boolean statements() {
            return this == RUN || this == COMPILE;
        }
    }

    /** Where the snippet is, for messages: {@code docs/query.md:42}. */
    String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return where() + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
    }
}
