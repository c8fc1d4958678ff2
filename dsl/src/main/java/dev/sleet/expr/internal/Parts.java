package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.expr.Subquery;

/**
 * From an API type to the contract behind it. Every expression, ordering and subquery a user holds was made by
 * Sleet, so the cast holds; one a user implemented is refused with what to use instead.
 */
public final class Parts {

    private Parts() {}

    /** The contract behind an expression. */
    public static <T> ExpressionPart<T> expression(Expression<T> expression) {
        if (expression instanceof ExpressionPart<T> part) {
            return part;
        }
        throw foreign(expression, "Expression", "Functions.raw(type, sql, arguments...)");
    }

    /** The contract behind a subquery. */
    public static <T> SubqueryPart<T> subquery(Subquery<T> subquery) {
        if (subquery instanceof SubqueryPart<T> part) {
            return part;
        }
        throw foreign(subquery, "Subquery", "a select(...) query");
    }

    /** The term behind an ordering. */
    public static OrderingTerm ordering(Ordering ordering) {
        if (ordering instanceof OrderingTerm term) {
            return term;
        }
        throw foreign(ordering, "Ordering", "asc() or desc() of an expression");
    }

    /** The refusal for an API type implemented outside Sleet. */
    public static IllegalArgumentException foreign(Object value, String type, String instead) {
        return new IllegalArgumentException(value.getClass().getName() + " implements Sleet's " + type
                + " interface itself; Sleet renders only the ones it makes: use " + instead);
    }
}
