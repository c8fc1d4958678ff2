package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/**
 * An error reported by D1 or by the embedded engine in D1's words. Its {@link #d1Message()} is D1's text, such as
 * {@code D1_ERROR: UNIQUE constraint failed: users.email: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)};
 * {@link #getMessage()} adds the SQL that failed. Bound values never appear in either.
 *
 * <p>Subclasses say what kind of failure it was, so callers can catch what they can handle:
 * {@link ConstraintViolationException}, {@link InvalidSqlException}, {@link LimitExceededException},
 * {@link StatementRefusedException}, {@link BindingException}, {@link ColumnNotFoundException}.
 *
 * <pre>{@code
 * try {
 *   db.insertInto(USERS).values(user).run();
 * } catch (ConstraintViolationException e) {
 *   if (e.kind() == ConstraintViolationException.Kind.UNIQUE) { ... }
 * }
 * }</pre>
 */
public class D1Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String d1Message;
    private final @Nullable String sql;

    /**
     * Creates an exception.
     *
     * @param d1Message D1's message, starting with its code ({@code D1_ERROR: ...})
     * @param sql       the SQL that failed, or null
     * @param cause     the underlying exception, or null
     */
    public D1Exception(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(sql == null ? d1Message : d1Message + "\n  in statement: " + sql, cause);
        this.d1Message = d1Message;
        this.sql = sql;
    }

    /** D1's message as D1 words it. */
    public String d1Message() {
        return d1Message;
    }

    /** D1's error code: {@code D1_ERROR}, {@code D1_TYPE_ERROR}, {@code D1_COLUMN_NOTFOUND}, {@code D1_EXEC_ERROR}. */
    public String code() {
        return D1Message.parse(d1Message).code();
    }

    /** The SQL that failed, or null when the failure was not tied to one statement. */
    public @Nullable String sql() {
        return sql;
    }
}
