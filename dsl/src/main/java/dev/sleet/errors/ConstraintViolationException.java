package dev.sleet.errors;

import org.jspecify.annotations.Nullable;

/** A statement broke a constraint: UNIQUE, PRIMARY KEY, NOT NULL, CHECK or FOREIGN KEY. */
public class ConstraintViolationException extends D1Exception {

    private static final long serialVersionUID = 1L;

    /** Which constraint. */
    public enum Kind {
        /** A UNIQUE constraint or unique index. */
        UNIQUE,
        /** The primary key. */
        PRIMARY_KEY,
        /** A NOT NULL column. */
        NOT_NULL,
        /** A CHECK constraint. */
        CHECK,
        /** A foreign key. */
        FOREIGN_KEY,
        /** Another constraint (a trigger's RAISE, a generated column). */
        OTHER
    }

    private final Kind kind;

    /** Creates the exception; see {@link D1Exception#D1Exception}. */
    public ConstraintViolationException(Kind kind, String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        super(d1Message, sql, cause);
        this.kind = kind;
    }

    /** Which constraint was broken. */
    public Kind kind() {
        return kind;
    }
}
