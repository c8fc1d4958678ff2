package dev.sleet.expr;

import dev.sleet.expr.internal.Fragments;
import dev.sleet.expr.internal.Operators;
import dev.sleet.expr.internal.Precedence;
import dev.sleet.types.SqlTypes;

/**
 * A text expression, with the operators that only text has.
 *
 * <pre>{@code
 * db.selectFrom(USERS).where(USERS.EMAIL.like("%@example.com")).all();
 * db.select(USERS.DISPLAY_NAME.concat(" <").concat(USERS.EMAIL).concat(">")).from(USERS).all();
 * }</pre>
 *
 * <p>D1 refuses LIKE and GLOB patterns longer than 50 bytes; the embedded engine does too.
 */
public interface StringExpression extends Expression<String> {

    /** {@code this LIKE pattern}; {@code %} and {@code _} are wildcards, case-insensitive for ASCII. */
    default Condition like(String pattern) {
        return Operators.compare(this, "LIKE", Operators.valueOf(this, pattern, "like"));
    }

    /** {@code this LIKE pattern ESCAPE escape}, so {@code escape} can mark a literal {@code %} or {@code _}. */
    default Condition like(String pattern, char escape) {
        return Operators.likeEscape(this, Operators.valueOf(this, pattern, "like"), escape);
    }

    /** {@code this NOT LIKE pattern}. */
    default Condition notLike(String pattern) {
        return Operators.compare(this, "NOT LIKE", Operators.valueOf(this, pattern, "notLike"));
    }

    /** {@code this GLOB pattern}; {@code *} and {@code ?} are wildcards, case-sensitive. */
    default Condition glob(String pattern) {
        return Operators.compare(this, "GLOB", Operators.valueOf(this, pattern, "glob"));
    }

    /** {@code this || text}. */
    default StringExpression concat(String text) {
        return concat(Operators.valueOf(this, text, "concat"));
    }

    /** {@code this || other}; numbers and other values are converted to text by SQLite. */
    default StringExpression concat(Expression<?> other) {
        return Fragments.string(Operators.binary(this, " || ", other, Precedence.CONCAT), Precedence.CONCAT);
    }

    /** {@code lower(this)}. */
    default StringExpression lower() {
        return Fragments.string(Operators.call("lower", this), Precedence.ATOM);
    }

    /** {@code upper(this)}. */
    default StringExpression upper() {
        return Fragments.string(Operators.call("upper", this), Precedence.ATOM);
    }

    /** {@code trim(this)}. */
    default StringExpression trim() {
        return Fragments.string(Operators.call("trim", this), Precedence.ATOM);
    }

    /** {@code length(this)}, in characters. */
    default NumberExpression<Long> length() {
        return Fragments.number(SqlTypes.LONG, Operators.call("length", this), Precedence.ATOM);
    }
}
