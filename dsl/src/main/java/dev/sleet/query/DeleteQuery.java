package dev.sleet.query;

import dev.sleet.expr.Condition;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.sql.Statement;
import java.util.List;

/**
 * A DELETE.
 *
 * <pre>{@code
 * db.deleteFrom(RATE_BUCKETS).where(RATE_BUCKETS.WINDOW_START.lt(cutoff)).run();
 * }</pre>
 *
 * <p>Without {@link #where} it deletes every row, as SQL does.
 *
 * @param <T> the table's record
 */
public final class DeleteQuery<T> extends WriteQuery<T> {

  private final Condition where;

  private DeleteQuery(QueryRunner runner, SqlTable<T> table, Condition where) {
    super(runner, table);
    this.where = where;
  }

  static <T> DeleteQuery<T> of(QueryRunner runner, SqlTable<T> table) {
    return new DeleteQuery<>(runner, table, null);
  }

  /** {@code WHERE condition}; a second call adds its condition with AND. */
  public DeleteQuery<T> where(Condition condition) {
    return new DeleteQuery<>(runner, table, where == null ? condition : where.and(condition));
  }

  @Override
  List<Statement> render(RenderOptions options, Selection<?> returning) {
    SqlBuilder sql = new SqlBuilder(options);
    sql.append("DELETE FROM ");
    table.renderSource(sql);
    if (where != null) {
      sql.append(" WHERE ");
      where.render(sql);
    }
    renderReturning(sql, returning);
    return List.of(sql.toStatement());
  }
}
