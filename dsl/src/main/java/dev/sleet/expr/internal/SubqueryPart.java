package dev.sleet.expr.internal;

import dev.sleet.expr.Subquery;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;

/**
 * How a {@link Subquery} renders inside another statement, and the type of its single result column.
 *
 * @param <T> the type of its single result column
 */
public interface SubqueryPart<T> extends Subquery<T> {

    /** Writes the SELECT, without surrounding parentheses. */
    void renderSubquery(SqlBuilder sql);

    /**
     * The type of its only result column.
     *
     * @throws IllegalStateException when it selects more than one expression
     */
    SqlType<T> valueType();
}
