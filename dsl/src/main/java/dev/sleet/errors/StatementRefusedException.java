package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** D1 refuses this kind of statement: BEGIN / COMMIT / SAVEPOINT (use a batch), ATTACH, VACUUM, TEMP objects, {@code _cf_} names, PRAGMAs outside D1's allowlist. */
public class StatementRefusedException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public StatementRefusedException(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
    }
}
