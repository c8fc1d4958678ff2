package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.OrderingTerm;
import dev.sleet.expr.internal.Parts;
import dev.sleet.expr.internal.SubqueryPart;
import dev.sleet.query.JoinStep;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.SelectQuery;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import dev.sleet.types.RowReader;
import dev.sleet.types.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A SELECT as Sleet builds and renders it.
 *
 * @param <R> what each row becomes
 */
public final class SelectQueryImpl<R> implements SelectQuery<R>, QueryPart<R>, SubqueryPart<R> {

    private final @Nullable QueryRunner runner;
    private final Selection<R> selection;
    private final SelectParts parts;
    /** Whether this is the query {@link #first()} runs, whose LIMIT is written as the constant it is. */
    private final boolean firstRow;

    private SelectQueryImpl(@Nullable QueryRunner runner, Selection<R> selection, SelectParts parts, boolean firstRow) {
        this.runner = runner;
        this.selection = selection;
        this.parts = parts;
        this.firstRow = firstRow;
    }

    /** A SELECT of {@code selection} from {@code from} (null for none yet), run by {@code runner} (null: none). */
    public static <R> SelectQuery<R> of(
            @Nullable QueryRunner runner, Selection<R> selection, @Nullable SqlTable<?> from) {
        return new SelectQueryImpl<>(runner, selection, SelectParts.from(from), false);
    }

    @Override
    public SelectQuery<R> distinct() {
        return with(parts.withDistinct());
    }

    @Override
    public SelectQuery<R> from(SqlTable<?> table) {
        return with(parts.withFrom(table));
    }

    @Override
    public JoinStep<R> join(SqlTable<?> table) {
        return joining(Join.Kind.INNER, table);
    }

    @Override
    public JoinStep<R> innerJoin(SqlTable<?> table) {
        return join(table);
    }

    @Override
    public JoinStep<R> leftJoin(SqlTable<?> table) {
        return joining(Join.Kind.LEFT, table);
    }

    @Override
    public JoinStep<R> rightJoin(SqlTable<?> table) {
        return joining(Join.Kind.RIGHT, table);
    }

    @Override
    public JoinStep<R> fullJoin(SqlTable<?> table) {
        return joining(Join.Kind.FULL, table);
    }

    @Override
    public SelectQuery<R> crossJoin(SqlTable<?> table) {
        return with(parts.plusJoin(new Join(Join.Kind.CROSS, table, null)));
    }

    private JoinStep<R> joining(Join.Kind kind, SqlTable<?> table) {
        return condition -> with(parts.plusJoin(new Join(kind, table, condition)));
    }

    @Override
    public SelectQuery<R> where(Condition condition) {
        return with(parts.andWhere(condition));
    }

    @Override
    public SelectQuery<R> groupBy(Expression<?>... expressions) {
        ExpressionPart<?>[] terms = new ExpressionPart<?>[expressions.length];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = Parts.expression(expressions[i]);
        }
        return with(parts.plusGroupBy(terms));
    }

    @Override
    public SelectQuery<R> having(Condition condition) {
        return with(parts.andHaving(condition));
    }

    @Override
    public SelectQuery<R> orderBy(Ordering... orderings) {
        OrderingTerm[] terms = new OrderingTerm[orderings.length];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = Parts.ordering(orderings[i]);
        }
        return with(parts.plusOrderBy(terms));
    }

    @Override
    public SelectQuery<R> limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): a limit cannot be negative");
        }
        return with(parts.withLimit(count));
    }

    @Override
    public SelectQuery<R> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset(" + count + "): an offset cannot be negative");
        }
        return with(parts.withOffset(count));
    }

    @Override
    public <X> SelectQuery<X> map(Function<? super R, ? extends X> mapper) {
        return new SelectQueryImpl<>(runner, selection.map(mapper), parts, false);
    }

    @Override
    public Results<R> all() {
        return QueryPart.require(runner).all(this);
    }

    @Override
    public Optional<R> first() {
        Results<R> rows = QueryPart.require(runner).all(new SelectQueryImpl<>(runner, selection, parts, true));
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @Override
    public Statement toStatement() {
        SqlBuilder sql = new SqlBuilder();
        sql.withResultColumns(true, () -> renderSelect(sql));
        return sql.toStatement();
    }

    @Override
    public List<Statement> toStatements(RenderOptions options) {
        SqlBuilder sql = new SqlBuilder(options);
        // Only this, the outermost SELECT, is read back: its integers may be selected as text; subqueries' never are.
        sql.withResultColumns(true, () -> renderSelect(sql));
        return List.of(sql.toStatement());
    }

    @Override
    public RowReader<R> rowReader() {
        return selection.reader();
    }

    /**
     * Writes the SELECT as a subquery (in IN, EXISTS, as a value, or as INSERT ... SELECT's rows): its result
     * columns are not the ones read back, so its integers stay integers whatever the render options.
     */
    @Override
    public void renderSubquery(SqlBuilder sql) {
        sql.withResultColumns(false, () -> renderSelect(sql));
    }

    private void renderSelect(SqlBuilder sql) {
        sql.append(parts.distinct() ? "SELECT DISTINCT " : "SELECT ");
        selection.render(sql);
        if (parts.from() != null) {
            sql.append(" FROM ");
            TableParts.renderSource(parts.from(), sql);
        }
        for (Join join : parts.joins()) {
            join.render(sql);
        }
        if (parts.where() != null) {
            sql.append(" WHERE ");
            Parts.expression(parts.where()).render(sql);
        }
        if (!parts.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            sql.commaSeparated(parts.groupBy(), ExpressionPart::render);
        }
        if (parts.having() != null) {
            sql.append(" HAVING ");
            Parts.expression(parts.having()).render(sql);
        }
        if (!parts.orderBy().isEmpty()) {
            sql.append(" ORDER BY ");
            sql.commaSeparated(parts.orderBy(), OrderingTerm::render);
        }
        Long limit = parts.limit();
        Long offset = parts.offset();
        if (firstRow) {
            // Sleet's own constant, not a value: written as it is, SQLite keeps one plan for the statement, where a
            // LIMIT ? bound again on every run makes it prepare the statement again (with ANALYZE statistics).
            sql.append(limit != null && limit == 0 ? " LIMIT 0" : " LIMIT 1");
            if (offset != null) {
                sql.append(" OFFSET ").bind(offset);
            }
        } else if (limit != null || offset != null) {
            // SQLite needs a LIMIT before an OFFSET; -1 means no limit.
            sql.append(" LIMIT ").bind(limit == null ? -1L : limit);
            if (offset != null) {
                sql.append(" OFFSET ").bind(offset);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SqlType<R> valueType() {
        ExpressionPart<?> only = selection.onlyExpression();
        if (only == null) {
            throw new IllegalStateException("a subquery used as a value or in IN (...) must select exactly one "
                    + "expression; this one selects " + selection.items().size() + " items");
        }
        return (SqlType<R>) only.type();
    }

    /** Whether the query has a WHERE clause. */
    boolean hasWhere() {
        return parts.where() != null;
    }

    private SelectQuery<R> with(SelectParts newParts) {
        return new SelectQueryImpl<>(runner, selection, newParts, false);
    }

    @Override
    public String toString() {
        return toStatement().toString();
    }
}
