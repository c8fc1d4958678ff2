package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** The bound values do not fit the statement: the wrong number of them, or a value of a type that cannot be bound ({@code D1_TYPE_ERROR}). */
public class BindingException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public BindingException(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
    }
}
