package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.query.UpsertQuery;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.Lists;
import dev.sleet.table.SqlColumn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An upsert as Sleet renders it: the insert, with its {@code ON CONFLICT ... DO UPDATE} clause.
 *
 * @param <T> the table's record
 */
final class UpsertQueryImpl<T> extends WriteQueryImpl<T> implements UpsertQuery<T> {

    private final InsertQueryImpl<T> insert;
    private final List<SqlColumn<?>> target;
    private final List<Assignment> updates;
    private final @Nullable Condition where;

    UpsertQueryImpl(
            InsertQueryImpl<T> insert, List<SqlColumn<?>> target, List<Assignment> updates, @Nullable Condition where) {
        super(insert.runner, insert.table);
        this.insert = insert;
        this.target = target;
        this.updates = updates;
        this.where = where;
    }

    @Override
    public <V> UpsertQuery<T> set(SqlColumn<V> column, @Nullable V value) {
        return with(Assignment.of(column, value));
    }

    @Override
    public <V> UpsertQuery<T> set(SqlColumn<V> column, Expression<V> value) {
        return with(Assignment.of(column, value));
    }

    @Override
    public UpsertQuery<T> where(Condition condition) {
        return new UpsertQueryImpl<>(insert, target, updates, SelectParts.and(where, condition));
    }

    private UpsertQuery<T> with(Assignment assignment) {
        return new UpsertQueryImpl<>(insert, target, Lists.plus(updates, assignment), where);
    }

    @Override
    List<Statement> render(RenderOptions options, @Nullable Selection<?> returning) {
        return insert.withConflict(new Conflict(target, updates, where)).render(options, returning);
    }
}
