package dev.sleet.query;

import java.util.List;

/**
 * An upsert waiting for its action: {@link #doNothing()} or {@link #doUpdate()}.
 *
 * @param <T> the table's record
 */
public final class ConflictStep<T> {

  private final InsertQuery<T> insert;
  private final List<dev.sleet.table.SqlColumn<?>> target;

  ConflictStep(InsertQuery<T> insert, List<dev.sleet.table.SqlColumn<?>> target) {
    this.insert = insert;
    this.target = target;
  }

  /** {@code ON CONFLICT (target) DO NOTHING}. */
  public InsertQuery<T> doNothing() {
    return insert.withConflict(new Conflict(target, List.of(), null));
  }

  /**
   * {@code ON CONFLICT (target) DO UPDATE SET ...}: follow with {@code set(...)} calls; a column's {@code excluded()}
   * is the value the conflicting row would have inserted.
   */
  public UpsertQuery<T> doUpdate() {
    return new UpsertQuery<>(insert, target, List.of(), null);
  }
}
