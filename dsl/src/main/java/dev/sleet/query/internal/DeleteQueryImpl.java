package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.internal.Parts;
import dev.sleet.query.DeleteQuery;
import dev.sleet.query.QueryRunner;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DELETE as Sleet renders it.
 *
 * @param <T> the table's record
 */
public final class DeleteQueryImpl<T> extends WriteQueryImpl<T> implements DeleteQuery<T> {

    private final @Nullable Condition where;

    private DeleteQueryImpl(@Nullable QueryRunner runner, SqlTable<T> table, @Nullable Condition where) {
        super(runner, table);
        this.where = where;
    }

    /** {@code DELETE FROM table}, run by {@code runner} (null: none). */
    public static <T> DeleteQuery<T> of(@Nullable QueryRunner runner, SqlTable<T> table) {
        return new DeleteQueryImpl<>(runner, table, null);
    }

    @Override
    public DeleteQuery<T> where(Condition condition) {
        return new DeleteQueryImpl<>(runner, table, SelectParts.and(where, condition));
    }

    @Override
    List<Statement> render(RenderOptions options, @Nullable Selection<?> returning) {
        SqlBuilder sql = new SqlBuilder(options);
        sql.append("DELETE FROM ");
        TableParts.renderSource(table, sql);
        if (where != null) {
            sql.append(" WHERE ");
            Parts.expression(where).render(sql);
        }
        renderReturning(sql, returning);
        return List.of(sql.toStatement());
    }
}
