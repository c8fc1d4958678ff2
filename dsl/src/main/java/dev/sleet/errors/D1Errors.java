package dev.sleet.errors;

/**
 * Turns a D1 error message into the exception of the right kind. Both drivers use it: the embedded engine after
 * wording SQLite's error as D1 does, the remote driver on D1's own answer, so the same failure raises the same
 * exception type on either.
 */
public final class D1Errors {

  private D1Errors() {}

  /**
   * The exception for a D1 message.
   *
   * @param d1Message D1's text, such as {@code D1_ERROR: no such table: users: SQLITE_ERROR}
   * @param sql       the statement that failed, or null
   * @param cause     the underlying exception, or null
   */
  public static D1Exception fromMessage(String d1Message, String sql, Throwable cause) {
    if (d1Message.startsWith("D1_TYPE_ERROR")) {
      return new BindingException(d1Message, sql, cause);
    }
    if (d1Message.startsWith("D1_COLUMN_NOTFOUND")) {
      return new ColumnNotFoundException(d1Message, sql, cause);
    }
    if (d1Message.contains("SQLITE_CONSTRAINT") || d1Message.contains("constraint failed")) {
      return new ConstraintViolationException(constraintKind(d1Message), d1Message, sql, cause);
    }
    if (isLimit(d1Message)) {
      return new LimitExceededException(d1Message, sql, cause);
    }
    if (d1Message.contains("not authorized") || d1Message.contains("To execute a transaction")
        || d1Message.contains("cannot VACUUM")) {
      return new StatementRefusedException(d1Message, sql, cause);
    }
    if (d1Message.contains("Wrong number of parameter bindings")) {
      return new BindingException(d1Message, sql, cause);
    }
    if (d1Message.contains("syntax error") || d1Message.contains("no such ") || d1Message.contains("incomplete input")
        || d1Message.contains("unrecognized token") || d1Message.contains("wrong number of arguments")
        || d1Message.contains("already exists")) {
      return new InvalidSqlException(d1Message, sql, cause);
    }
    return new D1Exception(d1Message, sql, cause);
  }

  private static boolean isLimit(String m) {
    return m.contains("too many SQL variables") || m.contains("variable number must be between")
        || m.contains("statement too long") || m.contains("too many terms in compound SELECT")
        || m.contains("Expression tree is too large") || m.contains("LIKE or GLOB pattern too complex")
        || m.contains("too many columns") || m.contains("string or blob too big") || m.contains("too many arguments")
        || m.contains("too many attached databases");
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
