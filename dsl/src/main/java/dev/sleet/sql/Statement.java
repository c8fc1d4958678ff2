package dev.sleet.sql;

import dev.sleet.sql.internal.StorageValues;
import java.util.List;
import java.util.Objects;

/**
 * A prepared statement as Sleet sends it to a database: SQL text with {@code ?} placeholders and the values bound to
 * them, in order.
 *
 * <p>Bound values are always SQLite storage values: {@code null}, {@link Long}, {@link Double}, {@link String} or
 * {@code byte[]}. Type mapping ({@link dev.sleet.types.SqlType}) turns Java values into these before they reach a
 * statement, so every driver sees the same five kinds.
 *
 * <pre>{@code
 * Statement st = Sleet.selectFrom(USERS).where(USERS.EMAIL.eq("a@b.c")).toStatement();
 * st.sql();        // SELECT "users"."id", ... FROM "users" WHERE "users"."email" = ?
 * st.parameters(); // ["a@b.c"]
 * }</pre>
 *
 * <p>{@link #toString()} shows the SQL and the number of parameters, never their values, so a statement can be
 * logged or put into an exception message without leaking secrets.
 *
 * @param sql        the SQL text
 * @param parameters the bound values, one per {@code ?}, in order
 */
public record Statement(String sql, List<Object> parameters) {

    /**
     * Creates a statement; the parameter list must hold storage values only, and is copied unless a
     * Sleet's SQL builder made it.
     */
    public Statement {
        Objects.requireNonNull(sql, "sql");
        parameters = StorageValues.copyOf(parameters);
    }

    /** A statement without parameters. */
    public static Statement of(String sql) {
        return new Statement(sql, List.of());
    }

    @Override
    public String toString() {
        return sql + " [" + parameters.size() + (parameters.size() == 1 ? " parameter]" : " parameters]");
    }
}
