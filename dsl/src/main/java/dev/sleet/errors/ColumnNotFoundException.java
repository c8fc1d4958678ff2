package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** {@code first(column)} named a column the result does not have ({@code D1_COLUMN_NOTFOUND}). */
public class ColumnNotFoundException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public ColumnNotFoundException(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
    }
}
