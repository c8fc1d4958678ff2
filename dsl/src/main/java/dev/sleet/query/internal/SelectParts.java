package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.OrderingTerm;
import dev.sleet.sql.internal.Lists;
import dev.sleet.table.SqlTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clauses of a SELECT, one wither each: a new clause is one component and one wither here, and one step in
 * {@link SelectQueryImpl}.
 *
 * @param distinct whether it is {@code SELECT DISTINCT}
 * @param from     the FROM table, or null
 * @param joins    the joins, in order
 * @param where    the WHERE condition, or null
 * @param groupBy  the GROUP BY terms, in order
 * @param having   the HAVING condition, or null
 * @param orderBy  the ORDER BY terms, in order
 * @param limit    the LIMIT, or null
 * @param offset   the OFFSET, or null
 */
record SelectParts(
        boolean distinct,
        @Nullable SqlTable<?> from,
        List<Join> joins,
        @Nullable Condition where,
        List<ExpressionPart<?>> groupBy,
        @Nullable Condition having,
        List<OrderingTerm> orderBy,
        @Nullable Long limit,
        @Nullable Long offset) {

    static SelectParts from(@Nullable SqlTable<?> table) {
        return new SelectParts(false, table, List.of(), null, List.of(), null, List.of(), null, null);
    }

    SelectParts withDistinct() {
        return new SelectParts(true, from, joins, where, groupBy, having, orderBy, limit, offset);
    }

    SelectParts withFrom(SqlTable<?> table) {
        return new SelectParts(distinct, table, joins, where, groupBy, having, orderBy, limit, offset);
    }

    SelectParts plusJoin(Join join) {
        return new SelectParts(distinct, from, Lists.plus(joins, join), where, groupBy, having, orderBy, limit, offset);
    }

    SelectParts andWhere(Condition condition) {
        return new SelectParts(distinct, from, joins, and(where, condition), groupBy, having, orderBy, limit, offset);
    }

    SelectParts plusGroupBy(ExpressionPart<?>[] terms) {
        return new SelectParts(
                distinct, from, joins, where, Lists.plusAll(groupBy, terms), having, orderBy, limit, offset);
    }

    SelectParts andHaving(Condition condition) {
        return new SelectParts(distinct, from, joins, where, groupBy, and(having, condition), orderBy, limit, offset);
    }

    SelectParts plusOrderBy(OrderingTerm[] terms) {
        return new SelectParts(
                distinct, from, joins, where, groupBy, having, Lists.plusAll(orderBy, terms), limit, offset);
    }

    SelectParts withLimit(long count) {
        return new SelectParts(distinct, from, joins, where, groupBy, having, orderBy, count, offset);
    }

    SelectParts withOffset(long count) {
        return new SelectParts(distinct, from, joins, where, groupBy, having, orderBy, limit, count);
    }

    /** A repeated condition clause joins its conditions with AND. */
    static Condition and(@Nullable Condition existing, Condition added) {
        return existing == null ? added : existing.and(added);
    }
}
