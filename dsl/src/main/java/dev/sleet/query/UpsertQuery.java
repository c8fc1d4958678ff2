package dev.sleet.query;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An INSERT whose conflicting rows update the row already there.
 *
 * <pre>{@code
 * db.insertInto(RATE_BUCKETS).values(new RateBucket(key, windowStart, 1))
 *     .onConflict(RATE_BUCKETS.KEY).doUpdate()
 *     .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(RATE_BUCKETS.COUNT.excluded()))
 *     .where(RATE_BUCKETS.WINDOW_START.eq(windowStart))
 *     .run();
 * }</pre>
 *
 * @param <T> the table's record
 */
public final class UpsertQuery<T> extends WriteQuery<T> {

  private final InsertQuery<T> insert;
  private final List<SqlColumn<?>> target;
  private final List<Assignment> updates;
  private final Condition where;

  UpsertQuery(InsertQuery<T> insert, List<SqlColumn<?>> target, List<Assignment> updates, Condition where) {
    super(insert.runner, insert.table);
    this.insert = insert;
    this.target = target;
    this.updates = updates;
    this.where = where;
  }

  /** {@code SET column = value} on conflict; null sets NULL. */
  public <V> UpsertQuery<T> set(SqlColumn<V> column, V value) {
    return with(Assignment.of(column, value));
  }

  /** {@code SET column = expression} on conflict. */
  public <V> UpsertQuery<T> set(SqlColumn<V> column, Expression<V> value) {
    return with(new Assignment(column, value));
  }

  /** Updates only the conflicting rows that also meet the condition; the others are left as they are. */
  public UpsertQuery<T> where(Condition condition) {
    return new UpsertQuery<>(insert, target, updates, where == null ? condition : where.and(condition));
  }

  private UpsertQuery<T> with(Assignment assignment) {
    List<Assignment> more = new ArrayList<>(updates);
    more.add(assignment);
    return new UpsertQuery<>(insert, target, List.copyOf(more), where);
  }

  @Override
  List<Statement> render(RenderOptions options, Selection<?> returning) {
    if (updates.isEmpty()) {
      throw new IllegalStateException("onConflict(...).doUpdate() on " + table + " sets nothing: add set(...), "
          + "or use doNothing()");
    }
    return insert.withConflict(new Conflict(target, updates, where)).render(options, returning);
  }
}
