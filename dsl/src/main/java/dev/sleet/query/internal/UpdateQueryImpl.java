package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.internal.Parts;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.UpdateQuery;
import dev.sleet.query.UpdateStep;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.Lists;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An UPDATE as Sleet renders it.
 *
 * @param <T> the table's record
 */
public final class UpdateQueryImpl<T> extends WriteQueryImpl<T> implements UpdateQuery<T> {

    private final List<Assignment> assignments;
    private final @Nullable Condition where;

    private UpdateQueryImpl(
            @Nullable QueryRunner runner, SqlTable<T> table, List<Assignment> assignments, @Nullable Condition where) {
        super(runner, table);
        this.assignments = assignments;
        this.where = where;
    }

    /** {@code UPDATE table}, run by {@code runner} (null: none). */
    public static <T> UpdateStep<T> of(@Nullable QueryRunner runner, SqlTable<T> table) {
        return new UpdateQueryImpl<>(runner, table, List.of(), null);
    }

    @Override
    public <V> UpdateQuery<T> set(SqlColumn<V> column, @Nullable V value) {
        return with(Assignment.of(column, value));
    }

    @Override
    public <V> UpdateQuery<T> set(SqlColumn<V> column, Expression<V> value) {
        return with(Assignment.of(column, value));
    }

    @Override
    public UpdateQuery<T> where(Condition condition) {
        return new UpdateQueryImpl<>(runner, table, assignments, SelectParts.and(where, condition));
    }

    private UpdateQuery<T> with(Assignment assignment) {
        return new UpdateQueryImpl<>(runner, table, Lists.plus(assignments, assignment), where);
    }

    @Override
    List<Statement> render(RenderOptions options, @Nullable Selection<?> returning) {
        SqlBuilder sql = new SqlBuilder(options);
        sql.append("UPDATE ");
        TableParts.renderSource(table, sql);
        sql.append(" SET ");
        Assignment.renderAll(sql, assignments);
        if (where != null) {
            sql.append(" WHERE ");
            Parts.expression(where).render(sql);
        }
        renderReturning(sql, returning);
        return List.of(sql.toStatement());
    }
}
