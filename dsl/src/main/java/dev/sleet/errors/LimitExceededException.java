package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** A statement went past one of D1's limits: 100 bound parameters, 100,000 bytes of SQL, 5 compound SELECT terms, expression depth 100, 50-byte LIKE patterns, 100 columns, 2 MB values. */
public class LimitExceededException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public LimitExceededException(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
    }
}
