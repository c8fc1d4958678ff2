package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;

/**
 * One term of ORDER BY: an expression, its direction, and where NULLs go.
 *
 * <pre>{@code
 * db.selectFrom(USERS).orderBy(USERS.POINTS.desc().nullsLast(), USERS.ID.asc()).all();
 * }</pre>
 *
 * @param expression what to sort by
 * @param descending whether larger values come first
 * @param nulls      where NULLs go; {@link Nulls#DEFAULT} leaves it to SQLite (first when ascending)
 */
public record Ordering(Expression<?> expression, boolean descending, Nulls nulls) implements Renderable {

  /** Where NULLs sort. */
  public enum Nulls {
    /** SQLite's default: NULLs are smallest. */
    DEFAULT,
    /** {@code NULLS FIRST}. */
    FIRST,
    /** {@code NULLS LAST}. */
    LAST
  }

  /** The same ordering with NULLs first. */
  public Ordering nullsFirst() {
    return new Ordering(expression, descending, Nulls.FIRST);
  }

  /** The same ordering with NULLs last. */
  public Ordering nullsLast() {
    return new Ordering(expression, descending, Nulls.LAST);
  }

  @Override
  public void render(SqlBuilder sql) {
    expression.render(sql);
    sql.append(descending ? " DESC" : " ASC");
    if (nulls != Nulls.DEFAULT) {
      sql.append(nulls == Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
    }
  }
}
