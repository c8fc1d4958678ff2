package dev.sleet.expr;

import dev.sleet.expr.internal.Operators;
import dev.sleet.expr.internal.Precedence;

/**
 * A boolean SQL expression, as WHERE, ON, HAVING and CASE WHEN take. Boolean columns are conditions too, so
 * {@code where(USERS.IS_ADMIN)} reads as it should.
 *
 * <pre>{@code
 * Condition active = USERS.IS_BANNED.isFalse().and(USERS.LAST_ACTIVE_AT.gt(cutoff));
 * Condition either = USERS.TIER.eq("pro").or(USERS.IS_ADMIN);
 * }</pre>
 */
public interface Condition extends Expression<Boolean> {

    /** {@code this AND other}. */
    default Condition and(Condition other) {
        return Operators.logical(" AND ", Precedence.AND, this, other);
    }

    /** {@code this OR other}. */
    default Condition or(Condition other) {
        return Operators.logical(" OR ", Precedence.OR, this, other);
    }

    /** {@code NOT this}. */
    default Condition not() {
        return Operators.not(this);
    }

    /** {@code this = 1}: true, and not NULL. */
    default Condition isTrue() {
        return eq(Boolean.TRUE);
    }

    /** {@code this = 0}: false, and not NULL. */
    default Condition isFalse() {
        return eq(Boolean.FALSE);
    }
}
