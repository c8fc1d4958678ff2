package dev.sleet.d1;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows a statement returned, with D1's {@link Meta}. It is an immutable list, so it can be iterated and
 * streamed directly.
 *
 * <pre>{@code
 * Results<User> users = db.selectFrom(USERS).where(USERS.TIER.eq("pro")).all();
 * users.forEach(System.out::println);
 * double ms = users.meta().duration();
 * }</pre>
 *
 * @param <R> what each row became
 */
public final class Results<R> extends AbstractList<R> implements RandomAccess {

  private final List<String> columnNames;
  private final List<R> rows;
  private final Meta meta;

  /**
   * Results of the given rows and meta; the rows are not copied and must not change afterwards.
   *
   * @param columnNames the result's column names, in order (empty for a statement that returns no columns)
   * @param rows        the rows, read
   * @param meta        what the database reported
   */
  public Results(List<String> columnNames, List<R> rows, Meta meta) {
    this.columnNames = List.copyOf(columnNames);
    this.rows = rows;
    this.meta = meta;
  }

  /** The result's column names, in order; empty for a statement that returns no columns. */
  public List<String> columnNames() {
    return columnNames;
  }

  /** What D1 reports about the statement. */
  public Meta meta() {
    return meta;
  }

  /** Results of two statements that ran as one query, rows in order and meta added up. */
  public Results<R> plus(Results<R> later) {
    List<R> all = new ArrayList<>(rows.size() + later.rows.size());
    all.addAll(rows);
    all.addAll(later.rows);
    return new Results<>(columnNames.isEmpty() ? later.columnNames : columnNames, all, meta.plus(later.meta));
  }

  @Override
  public R get(int index) {
    return rows.get(index);
  }

  @Override
  public int size() {
    return rows.size();
  }
}
