package dev.sleet.query;

import dev.sleet.expr.Condition;

/**
 * A JOIN waiting for its ON condition.
 *
 * <pre>{@code
 * db.select(USERS.ID, SCREENS.ID).from(USERS).leftJoin(SCREENS).on(SCREENS.USER_ID.eq(USERS.ID)).all();
 * }</pre>
 *
 * @param <R> what the query's rows become
 */
public final class JoinStep<R> {

  private final SelectQuery<R> query;
  private final Join.Kind kind;
  private final dev.sleet.table.SqlTable<?> table;

  JoinStep(SelectQuery<R> query, Join.Kind kind, dev.sleet.table.SqlTable<?> table) {
    this.query = query;
    this.kind = kind;
    this.table = table;
  }

  /** Completes the join with its condition. */
  public SelectQuery<R> on(Condition condition) {
    return query.withJoin(new Join(kind, table, condition));
  }
}
