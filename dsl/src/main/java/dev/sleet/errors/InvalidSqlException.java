package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** The SQL itself is wrong: a syntax error, an unknown table, column or function, an incomplete statement. */
public class InvalidSqlException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public InvalidSqlException(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
    }
}
