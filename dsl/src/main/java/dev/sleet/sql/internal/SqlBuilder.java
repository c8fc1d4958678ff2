package dev.sleet.sql.internal;

import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The one place SQL text is written: queries and expressions render themselves into a builder, which quotes every
 * identifier and turns every value into a {@code ?} with its bound value, then yields a {@link Statement}.
 *
 * <p>The builder also knows whether column references are written with their table qualifier
 * ({@code "users"."id"}, the default) or bare ({@code "id"}, as INSERT column lists, UPDATE targets and RETURNING
 * need).
 *
 * <p>When the engine's transport would round 64-bit integers ({@link RenderOptions#integersAsText}), the result
 * columns the statement's rows are read from (the outermost SELECT's list, a RETURNING list) select them as text;
 * {@link #withResultColumns} tells the builder which SELECT that is, so that subqueries keep their integers.
 */
public final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder(128);
    private Object[] parameters = new Object[8];
    private int parameterCount;
    private final RenderOptions options;
    private boolean qualified = true;
    /** Whether the SELECT (or RETURNING) being written is the one whose result rows are read back. */
    private boolean resultColumns;

    /** A builder for {@code toStatement()}: no parameter limit, integers as they are. */
    public SqlBuilder() {
        this(RenderOptions.UNLIMITED);
    }

    /** A builder for an engine's needs. */
    public SqlBuilder(RenderOptions options) {
        this.options = options;
    }

    /**
     * Whether 64-bit integer results are selected as text here, so a JSON transport cannot round them: only when the
     * engine needs it and the SELECT being written is the one whose rows are read (never a subquery, whose values
     * other SQL compares, sorts or stores).
     */
    public boolean integersAsText() {
        return resultColumns && options.integersAsText();
    }

    /**
     * Whether a result column of this type is selected as text here: {@link #integersAsText()}, and the type stores
     * 64-bit integers ({@link SqlTypes#isWideInteger}).
     */
    public boolean selectsAsText(SqlType<?> type) {
        return integersAsText() && SqlTypes.isWideInteger(type);
    }

    /**
     * Renders {@code part}, a SELECT or RETURNING clause, knowing whether its result columns are the ones the
     * statement's rows are read from (true for the outermost SELECT and for RETURNING, false for any subquery),
     * restoring the previous state afterwards.
     */
    public SqlBuilder withResultColumns(boolean read, Runnable part) {
        boolean previous = resultColumns;
        resultColumns = read;
        try {
            part.run();
        } finally {
            resultColumns = previous;
        }
        return this;
    }

    /** Appends SQL text as it is; callers pass keywords and punctuation, never user data. */
    public SqlBuilder append(String text) {
        sql.append(text);
        return this;
    }

    /**
     * Writes each item with {@code write}, separated by commas: every list in a statement goes through here. A
     * {@code write} that captures nothing ({@code Renderable::render}) is one shared object, so rendering a list
     * allocates nothing for it.
     */
    public <T> SqlBuilder commaSeparated(List<? extends T> items, BiConsumer<? super T, SqlBuilder> write) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            write.accept(items.get(i), this);
        }
        return this;
    }

    /** Appends a double-quoted identifier, doubling any quote inside it. */
    public SqlBuilder identifier(String name) {
        appendQuoted(sql, name);
        return this;
    }

    /**
     * Appends a {@code ?} and binds a storage value (null, Long, Double, String or byte[]) to it.
     *
     * @throws IllegalArgumentException when the value is not a storage value
     */
    public SqlBuilder bind(@Nullable Object storageValue) {
        StorageValues.check(storageValue, parameterCount);
        if (parameterCount == parameters.length) {
            parameters = Arrays.copyOf(parameters, parameterCount * 2);
        }
        sql.append('?');
        parameters[parameterCount++] = storageValue;
        return this;
    }

    /** Whether column references carry their table qualifier. */
    public boolean qualified() {
        return qualified;
    }

    /**
     * Renders {@code part} with column qualifiers on or off, restoring the previous mode afterwards.
     *
     * @param qualify whether columns are written as {@code "table"."column"}
     * @param part    what to render in that mode
     */
    public SqlBuilder withQualifiers(boolean qualify, Runnable part) {
        boolean previous = qualified;
        qualified = qualify;
        try {
            part.run();
        } finally {
            qualified = previous;
        }
        return this;
    }

    /** The length of the SQL text written so far. */
    public int length() {
        return sql.length();
    }

    /** The SQL text written from position {@code start} (an earlier {@link #length()}) on. */
    public String textFrom(int start) {
        return sql.substring(start);
    }

    /** The number of values bound so far. */
    public int parameterCount() {
        return parameterCount;
    }

    /** The statement written so far; its values are not copied, since the builder only ever adds to them. */
    public Statement toStatement() {
        return new Statement(sql.toString(), new StorageValues.Checked(parameters, parameterCount));
    }

    /** A double-quoted identifier, any quote inside it doubled, as {@link #identifier} writes it. */
    public static String quote(String name) {
        StringBuilder quoted = new StringBuilder(name.length() + 2);
        appendQuoted(quoted, name);
        return quoted.toString();
    }

    private static void appendQuoted(StringBuilder text, String name) {
        text.append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
