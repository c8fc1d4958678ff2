package dev.sleet.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a D1 error message into the exception of the right kind. Both drivers use it: the embedded engine after
 * wording SQLite's error as D1 does, the remote driver on D1's own answer, so the same failure raises the same
 * exception type on either.
 */
public final class D1Errors {

    private static final Pattern EXEC_LINE = Pattern.compile("Error in line \\d+: ");

    private D1Errors() {}

    /**
     * The exception for a D1 message.
     *
     * @param d1Message D1's text, such as {@code D1_ERROR: no such table: users: SQLITE_ERROR}
     * @param sql       the statement that failed, or null
     * @param cause     the underlying exception, or null
     */
    public static D1Exception fromMessage(String d1Message, @Nullable String sql, @Nullable Throwable cause) {
        D1Message message = D1Message.parse(d1Message);
        String reason = reason(message, sql);
        if (message.code().equals("D1_TYPE_ERROR")) {
            return new BindingException(d1Message, sql, cause);
        }
        if (message.code().equals("D1_COLUMN_NOTFOUND")) {
            return new ColumnNotFoundException(d1Message, sql, cause);
        }
        if (reason.contains("SQLITE_CONSTRAINT") || reason.contains("constraint failed")) {
            return new ConstraintViolationException(constraintKind(reason), d1Message, sql, cause);
        }
        if (isLimit(reason)) {
            return new LimitExceededException(d1Message, sql, cause);
        }
        if (reason.contains("not authorized")
                || reason.contains("To execute a transaction")
                || reason.contains("cannot VACUUM")) {
            return new StatementRefusedException(d1Message, sql, cause);
        }
        if (reason.contains("Wrong number of parameter bindings")
                || reason.contains("only the last statement can have parameters")) {
            return new BindingException(d1Message, sql, cause);
        }
        if (reason.contains("syntax error")
                || reason.contains("no such ")
                || reason.contains("incomplete input")
                || reason.contains("unrecognized token")
                || reason.contains("wrong number of arguments")
                || reason.contains("already exists")
                || reason.contains("ambiguous column name")
                || reason.contains("No SQL statements detected")
                || reason.contains("SQL code did not contain a statement")) {
            return new InvalidSqlException(d1Message, sql, cause);
        }
        return new D1Exception(d1Message, sql, cause);
    }

    /**
     * What went wrong, without an exec error's quoted statement (arbitrary user SQL, which must not decide the
     * category): D1 quotes the first line of the script, the embedded engine the failing statement.
     */
    private static String reason(D1Message message, @Nullable String sql) {
        Matcher line = EXEC_LINE.matcher(message.reason());
        if (!message.code().equals(D1Message.EXEC_ERROR) || !line.lookingAt()) {
            return message.reason();
        }
        String rest = message.reason().substring(line.end());
        if (sql != null) {
            String statement = sql.strip();
            for (String quoted : new String[] {
                statement, statement.lines().findFirst().orElse("").strip()
            }) {
                if (!quoted.isEmpty() && rest.startsWith(quoted + ": ")) {
                    return rest.substring(quoted.length() + 2);
                }
            }
        }
        return rest;
    }

    private static boolean isLimit(String m) {
        return m.contains("too many SQL variables")
                || m.contains("variable number must be between")
                || m.contains("statement too long")
                || m.contains("too many terms in compound SELECT")
                || m.contains("Expression tree is too large")
                || m.contains("LIKE or GLOB pattern too complex")
                || m.contains("too many columns")
                || m.contains("string or blob too big")
                || m.contains("too many arguments")
                || m.contains("too many attached databases")
                || m.contains("tables in a join");
    }

    private static ConstraintViolationException.Kind constraintKind(String m) {
        if (m.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return ConstraintViolationException.Kind.PRIMARY_KEY;
        }
        if (m.contains("UNIQUE constraint failed")) {
            return ConstraintViolationException.Kind.UNIQUE;
        }
        if (m.contains("NOT NULL constraint failed")) {
            return ConstraintViolationException.Kind.NOT_NULL;
        }
        if (m.contains("CHECK constraint failed")) {
            return ConstraintViolationException.Kind.CHECK;
        }
        if (m.contains("FOREIGN KEY constraint failed")) {
            return ConstraintViolationException.Kind.FOREIGN_KEY;
        }
        return ConstraintViolationException.Kind.OTHER;
    }
}
