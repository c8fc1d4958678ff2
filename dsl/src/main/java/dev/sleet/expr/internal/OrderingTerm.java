package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.sql.internal.SqlBuilder;

/**
 * One term of ORDER BY as Sleet renders it.
 *
 * @param expression what to sort by
 * @param descending whether larger values come first
 * @param nulls      where NULLs go; {@link Nulls#DEFAULT} leaves it to SQLite (first when ascending)
 */
public record OrderingTerm(Expression<?> expression, boolean descending, Nulls nulls) implements Ordering, Renderable {

    /** Where NULLs sort. */
    public enum Nulls {
        /** SQLite's default: NULLs are smallest. */
        DEFAULT,
        /** {@code NULLS FIRST}. */
        FIRST,
        /** {@code NULLS LAST}. */
        LAST
    }

    @Override
    public Ordering nullsFirst() {
        return new OrderingTerm(expression, descending, Nulls.FIRST);
    }

    @Override
    public Ordering nullsLast() {
        return new OrderingTerm(expression, descending, Nulls.LAST);
    }

    @Override
    public void render(SqlBuilder sql) {
        Parts.expression(expression).render(sql);
        sql.append(descending ? " DESC" : " ASC");
        if (nulls != Nulls.DEFAULT) {
            sql.append(nulls == Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }
}
