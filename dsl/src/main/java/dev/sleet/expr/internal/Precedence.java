package dev.sleet.expr.internal;

/**
 * SQLite's operator precedence, highest first, so that rendering adds parentheses only where they change meaning.
 */
public final class Precedence {

    /** Columns, parameters, function calls, parenthesised subqueries. */
    public static final int ATOM = 100;
    /** {@code -x}. */
    public static final int UNARY = 95;
    /** {@code ||}. */
    public static final int CONCAT = 90;
    /** {@code * / %}. */
    public static final int MULTIPLY = 80;
    /** {@code + -}. */
    public static final int ADD = 70;
    /** {@code = <> < <= > >= IS IN LIKE GLOB BETWEEN}. */
    public static final int COMPARE = 50;
    /** {@code NOT x}. */
    public static final int NOT = 30;
    /** {@code AND}. */
    public static final int AND = 20;
    /** {@code OR}. */
    public static final int OR = 10;

    private Precedence() {}
}
