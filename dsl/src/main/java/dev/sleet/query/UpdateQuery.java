package dev.sleet.query;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.sql.Statement;
import java.util.List;

/**
 * An UPDATE.
 *
 * <pre>{@code
 * db.update(USERS)
 *     .set(USERS.SCREENS_UPLOADED, USERS.SCREENS_UPLOADED.plus(1))
 *     .set(USERS.LAST_ACTIVE_AT, Instant.now())
 *     .where(USERS.ID.eq(userId))
 *     .run();
 * }</pre>
 *
 * <p>Without {@link #where} it updates every row, as SQL does.
 *
 * @param <T> the table's record
 */
public final class UpdateQuery<T> extends WriteQuery<T> {

  private final List<Assignment> assignments;
  private final Condition where;

  private UpdateQuery(QueryRunner runner, SqlTable<T> table, List<Assignment> assignments, Condition where) {
    super(runner, table);
    this.assignments = assignments;
    this.where = where;
  }

  static <T> UpdateQuery<T> of(QueryRunner runner, SqlTable<T> table) {
    return new UpdateQuery<>(runner, table, List.of(), null);
  }

  /** {@code SET column = value}; null sets NULL. */
  public <V> UpdateQuery<T> set(SqlColumn<V> column, V value) {
    return with(Assignment.of(column, value));
  }

  /** {@code SET column = expression}. */
  public <V> UpdateQuery<T> set(SqlColumn<V> column, Expression<V> value) {
    return with(new Assignment(column, value));
  }

  /** {@code WHERE condition}; a second call adds its condition with AND. */
  public UpdateQuery<T> where(Condition condition) {
    return new UpdateQuery<>(runner, table, assignments, where == null ? condition : where.and(condition));
  }

  private UpdateQuery<T> with(Assignment assignment) {
    return new UpdateQuery<>(runner, table, Clauses.plus(assignments, assignment), where);
  }

  @Override
  List<Statement> render(RenderOptions options, Selection<?> returning) {
    if (assignments.isEmpty()) {
      throw new IllegalStateException("update(" + table + ") sets nothing: add set(column, value)");
    }
    SqlBuilder sql = new SqlBuilder(options);
    sql.append("UPDATE ");
    table.renderSource(sql);
    sql.append(" SET ");
    Assignment.renderAll(sql, assignments);
    if (where != null) {
      sql.append(" WHERE ");
      where.render(sql);
    }
    renderReturning(sql, returning);
    return List.of(sql.toStatement());
  }
}
