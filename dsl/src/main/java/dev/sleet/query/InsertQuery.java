package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An INSERT of records, of column values, or of a SELECT's rows, with optional upsert and RETURNING.
 *
 * <pre>{@code
 * db.insertInto(USERS).values(user).run();
 * db.insertInto(USERS).values(manyUsers).run();                 // split to fit D1's limits, still atomic
 * db.insertInto(USERS).set(USERS.ID, "u1").set(USERS.DEVICE_ID, "d1").run();
 * db.insertInto(ARCHIVE).columns(ARCHIVE.ID).select(Sleet.dsl().select(USERS.ID).from(USERS)).run();
 * db.insertInto(RATE_BUCKETS).values(bucket)
 *     .onConflict(RATE_BUCKETS.KEY).doUpdate()
 *     .set(RATE_BUCKETS.COUNT, RATE_BUCKETS.COUNT.plus(1))
 *     .run();
 * }</pre>
 *
 * <p>A record's null value for a column that has a database default (or is a generated rowid) leaves the column
 * out, so the default applies. A null for a NOT NULL column without a default is refused before any SQL runs.
 * Rows are written in the order given; rows that leave out different columns go into separate statements of the
 * same atomic batch.
 *
 * @param <T> the table's record
 */
public final class InsertQuery<T> extends WriteQuery<T> {

  private final List<T> rows;
  private final List<Assignment> assignments;
  private final List<SqlColumn<?>> selectColumns;
  private final SelectQuery<?> select;
  private final Conflict conflict;

  private InsertQuery(QueryRunner runner, SqlTable<T> table, List<T> rows, List<Assignment> assignments,
      List<SqlColumn<?>> selectColumns, SelectQuery<?> select, Conflict conflict) {
    super(runner, table);
    this.rows = rows;
    this.assignments = assignments;
    this.selectColumns = selectColumns;
    this.select = select;
    this.conflict = conflict;
  }

  static <T> InsertQuery<T> into(QueryRunner runner, SqlTable<T> table) {
    return new InsertQuery<>(runner, table, List.of(), List.of(), List.of(), null, null);
  }

  /** Inserts one record. */
  public InsertQuery<T> values(T row) {
    return values(List.of(row));
  }

  /** Inserts records, in order; a query whose list is empty is refused when it renders, as it inserts nothing. */
  public InsertQuery<T> values(List<? extends T> records) {
    requireNoOtherSource(!assignments.isEmpty() || select != null, "values(...)");
    List<T> more = new ArrayList<>(rows);
    more.addAll(records);
    return new InsertQuery<>(runner, table, List.copyOf(more), assignments, selectColumns, select, conflict);
  }

  /** Sets one column of a single inserted row; columns not set take their defaults. */
  public <V> InsertQuery<T> set(SqlColumn<V> column, V value) {
    return withAssignment(Assignment.of(column, value));
  }

  /** Sets one column of a single inserted row to an expression. */
  public <V> InsertQuery<T> set(SqlColumn<V> column, Expression<V> value) {
    return withAssignment(new Assignment(column, value));
  }

  /** Names the columns an {@code INSERT ... SELECT} fills; follow with {@link #select}. */
  public InsertQuery<T> columns(SqlColumn<?>... columns) {
    requireNoOtherSource(!rows.isEmpty() || !assignments.isEmpty(), "columns(...)");
    for (SqlColumn<?> column : columns) {
      if (column.generated()) {
        throw new IllegalArgumentException(column + " is a generated column: the database computes it, so it "
            + "cannot be inserted into");
      }
    }
    return new InsertQuery<>(runner, table, rows, assignments, List.of(columns), select, conflict);
  }

  /** {@code INSERT INTO table (columns) SELECT ...}: inserts the rows a query selects. */
  public InsertQuery<T> select(SelectQuery<?> query) {
    if (selectColumns.isEmpty()) {
      throw new IllegalStateException("insertInto(" + table + ").select(...) needs the columns it fills: call "
          + "columns(...) first");
    }
    return new InsertQuery<>(runner, table, rows, assignments, selectColumns, query, conflict);
  }

  /** {@code ON CONFLICT DO NOTHING}: rows that would violate a uniqueness constraint are skipped. */
  public InsertQuery<T> onConflictDoNothing() {
    return withConflict(new Conflict(List.of(), List.of(), null));
  }

  /** Starts an upsert on the given uniqueness target: {@code ON CONFLICT ("key") ...}. */
  public ConflictStep<T> onConflict(SqlColumn<?>... target) {
    if (target.length == 0) {
      throw new IllegalArgumentException("onConflict() needs the columns of a primary key or unique index");
    }
    return new ConflictStep<>(this, List.of(target));
  }

  InsertQuery<T> withConflict(Conflict newConflict) {
    return new InsertQuery<>(runner, table, rows, assignments, selectColumns, select, newConflict);
  }

  private InsertQuery<T> withAssignment(Assignment assignment) {
    requireNoOtherSource(!rows.isEmpty() || select != null, "set(...)");
    return new InsertQuery<>(runner, table, rows, Clauses.plus(assignments, assignment), selectColumns, select,
        conflict);
  }

  private void requireNoOtherSource(boolean hasOther, String method) {
    if (hasOther) {
      throw new IllegalStateException("insertInto(" + table + ") already has its rows from another source; "
          + method + " cannot be combined with values(...), set(...) or columns(...).select(...)");
    }
  }

  @Override
  List<Statement> render(RenderOptions options, Selection<?> returning) {
    if (select != null) {
      SqlBuilder sql = head(options);
      Clauses.columnNames(sql, selectColumns);
      sql.append(" ");
      if (conflict != null && !select.hasWhere()) {
        // After FROM, SQLite would read ON CONFLICT's ON as a join condition; a WHERE ends the SELECT first.
        sql.append("SELECT * FROM (");
        select.renderSubquery(sql);
        sql.append(") WHERE true");
      } else {
        select.renderSubquery(sql);
      }
      return List.of(tail(sql, returning).toStatement());
    }
    if (!assignments.isEmpty()) {
      SqlBuilder sql = head(options);
      Clauses.columnNames(sql, assignments.stream().<SqlColumn<?>>map(Assignment::column).toList());
      sql.append(" VALUES (");
      for (int i = 0; i < assignments.size(); i++) {
        if (i > 0) {
          sql.append(", ");
        }
        assignments.get(i).value().render(sql);
      }
      sql.append(")");
      return List.of(tail(sql, returning).toStatement());
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("insertInto(" + table + ") has nothing to insert: add values(...), "
          + "set(...) or columns(...).select(...)");
    }
    return new RowBatches<>(table, rows, conflict != null).render(options.maxParameters(),
        () -> head(options), sql -> tail(sql, returning));
  }

  private SqlBuilder head(RenderOptions options) {
    SqlBuilder sql = new SqlBuilder(options);
    sql.append("INSERT INTO ");
    table.renderSource(sql);
    sql.append(" ");
    return sql;
  }

  private SqlBuilder tail(SqlBuilder sql, Selection<?> returning) {
    if (conflict != null) {
      conflict.render(sql);
    }
    renderReturning(sql, returning);
    return sql;
  }
}
