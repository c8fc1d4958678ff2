package dev.sleet.migrations;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file as wrangler names it: {@code NNNN_snake_message.sql}.
 *
 * @param name   the file name, as recorded in {@code d1_migrations}
 * @param number the numeric prefix
 * @param sql    the file's text
 */
public record MigrationFile(String name, int number, String sql) {

    private static final Pattern NAME = Pattern.compile("(\\d+)_?.*\\.sql");

    /** wrangler's order: numeric prefix, then name. */
    public static final Comparator<MigrationFile> ORDER =
            Comparator.comparingInt(MigrationFile::number).thenComparing(MigrationFile::name);

    /**
     * A migration from its file name and text.
     *
     * @throws IllegalArgumentException when the name does not start with a number and end in {@code .sql}
     */
    public static MigrationFile of(String name, String sql) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file " + name + " is not named NNNN_message.sql");
        }
        return new MigrationFile(name, Integer.parseInt(m.group(1)), sql);
    }

    /** Whether a file name is a migration's: digits first, {@code .sql} last. */
    public static boolean isMigrationName(String name) {
        return NAME.matcher(name).matches();
    }
}
