package dev.sleet.query;

import dev.sleet.result.Results;
import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.expr.Subquery;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import dev.sleet.types.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A SELECT, built step by step; every step returns a new query and leaves this one as it was.
 *
 * <pre>{@code
 * Optional<User> user = db.selectFrom(USERS).where(USERS.DEVICE_ID.eq(deviceId)).first();
 * Results<Tuple2<String, Long>> perApp = db.select(SCREENS.APP_ID, count())
 *     .from(SCREENS)
 *     .groupBy(SCREENS.APP_ID)
 *     .having(count().gt(10L))
 *     .orderBy(count().desc())
 *     .limit(20)
 *     .all();
 * }</pre>
 *
 * <p>LIMIT and OFFSET are bound like every other value, so a query renders the same SQL whatever the page;
 * {@link #first()} writes its {@code LIMIT 1}.
 *
 * @param <R> what each row becomes
 */
public final class SelectQuery<R> implements Query<R>, Subquery<R> {

  private record Parts(boolean distinct, SqlTable<?> from, List<Join> joins, Condition where,
      List<Expression<?>> groupBy, Condition having, List<Ordering> orderBy, Long limit, Long offset) {}

  private final QueryRunner runner;
  private final Selection<R> selection;
  private final Parts parts;
  /** Whether this is the query {@link #first()} runs, whose LIMIT is written as the constant it is. */
  private final boolean firstRow;

  private SelectQuery(QueryRunner runner, Selection<R> selection, Parts parts, boolean firstRow) {
    this.runner = runner;
    this.selection = selection;
    this.parts = parts;
    this.firstRow = firstRow;
  }

  static <R> SelectQuery<R> of(QueryRunner runner, Selection<R> selection, SqlTable<?> from) {
    return new SelectQuery<>(runner, selection,
        new Parts(false, from, List.of(), null, List.of(), null, List.of(), null, null), false);
  }

  /** {@code SELECT DISTINCT}. */
  public SelectQuery<R> distinct() {
    Parts p = parts;
    return with(new Parts(true, p.from, p.joins, p.where, p.groupBy, p.having, p.orderBy, p.limit, p.offset));
  }

  /** {@code FROM table}; use {@code table.as("alias")} for an alias. */
  public SelectQuery<R> from(SqlTable<?> table) {
    Parts p = parts;
    return with(new Parts(p.distinct, table, p.joins, p.where, p.groupBy, p.having, p.orderBy, p.limit, p.offset));
  }

  /** {@code INNER JOIN table ON ...}. */
  public JoinStep<R> join(SqlTable<?> table) {
    return new JoinStep<>(this, Join.Kind.INNER, table);
  }

  /** {@code INNER JOIN table ON ...}. */
  public JoinStep<R> innerJoin(SqlTable<?> table) {
    return join(table);
  }

  /** {@code LEFT JOIN table ON ...}: the table's columns read as null where no row matches. */
  public JoinStep<R> leftJoin(SqlTable<?> table) {
    return new JoinStep<>(this, Join.Kind.LEFT, table);
  }

  /** {@code RIGHT JOIN table ON ...}: the earlier tables' columns read as null where no row matches. */
  public JoinStep<R> rightJoin(SqlTable<?> table) {
    return new JoinStep<>(this, Join.Kind.RIGHT, table);
  }

  /** {@code FULL JOIN table ON ...}: either side's columns read as null where the other has no match. */
  public JoinStep<R> fullJoin(SqlTable<?> table) {
    return new JoinStep<>(this, Join.Kind.FULL, table);
  }

  /** {@code CROSS JOIN table}: every pairing of rows. */
  public SelectQuery<R> crossJoin(SqlTable<?> table) {
    return withJoin(new Join(Join.Kind.CROSS, table, null));
  }

  SelectQuery<R> withJoin(Join join) {
    Parts p = parts;
    return with(new Parts(p.distinct, p.from, Clauses.plus(p.joins, join), p.where, p.groupBy, p.having,
        p.orderBy, p.limit, p.offset));
  }

  /** {@code WHERE condition}; a second call adds its condition with AND. */
  public SelectQuery<R> where(Condition condition) {
    Parts p = parts;
    Condition where = p.where == null ? condition : p.where.and(condition);
    return with(new Parts(p.distinct, p.from, p.joins, where, p.groupBy, p.having, p.orderBy, p.limit, p.offset));
  }

  /** {@code GROUP BY expressions}. */
  public SelectQuery<R> groupBy(Expression<?>... expressions) {
    Parts p = parts;
    return with(new Parts(p.distinct, p.from, p.joins, p.where, List.of(expressions), p.having, p.orderBy,
        p.limit, p.offset));
  }

  /** {@code HAVING condition}; a second call adds its condition with AND. */
  public SelectQuery<R> having(Condition condition) {
    Parts p = parts;
    Condition having = p.having == null ? condition : p.having.and(condition);
    return with(new Parts(p.distinct, p.from, p.joins, p.where, p.groupBy, having, p.orderBy, p.limit, p.offset));
  }

  /** {@code ORDER BY orderings}, such as {@code USERS.POINTS.desc().nullsLast()}. */
  public SelectQuery<R> orderBy(Ordering... orderings) {
    Parts p = parts;
    return with(new Parts(p.distinct, p.from, p.joins, p.where, p.groupBy, p.having, List.of(orderings),
        p.limit, p.offset));
  }

  /** {@code LIMIT count}. */
  public SelectQuery<R> limit(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("limit(" + count + "): a limit cannot be negative");
    }
    Parts p = parts;
    return with(new Parts(p.distinct, p.from, p.joins, p.where, p.groupBy, p.having, p.orderBy, count, p.offset));
  }

  /** {@code OFFSET count}: skips that many rows. */
  public SelectQuery<R> offset(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("offset(" + count + "): an offset cannot be negative");
    }
    Parts p = parts;
    return with(new Parts(p.distinct, p.from, p.joins, p.where, p.groupBy, p.having, p.orderBy, p.limit, count));
  }

  /**
   * The same query with each row turned into something else.
   *
   * <pre>{@code
   * List<String> emails = db.select(USERS.EMAIL).from(USERS).map(String::toLowerCase).all();
   * }</pre>
   */
  public <X> SelectQuery<X> map(Function<? super R, ? extends X> mapper) {
    return new SelectQuery<>(runner, selection.map(mapper), parts, false);
  }

  /** Runs the query (D1's {@code all()}) and returns every row. */
  public Results<R> all() {
    return QueryRunner.require(runner).all(this);
  }

  /**
   * Runs the query with {@code LIMIT 1} (D1's {@code first()}) and returns its row, if any. A NULL single-column
   * value also reads as empty.
   */
  public Optional<R> first() {
    Results<R> rows = QueryRunner.require(runner).all(new SelectQuery<>(runner, selection, parts, true));
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  @Override
  public Statement toStatement() {
    SqlBuilder sql = new SqlBuilder();
    sql.withResultColumns(true, () -> renderSelect(sql));
    return sql.toStatement();
  }

  @Override
  public List<Statement> toStatements(RenderOptions options) {
    SqlBuilder sql = new SqlBuilder(options);
    // Only this, the outermost SELECT, is read back: its integers may be selected as text; subqueries' never are.
    sql.withResultColumns(true, () -> renderSelect(sql));
    return List.of(sql.toStatement());
  }

  @Override
  public RowReader<R> rowReader() {
    return selection.reader();
  }

  /**
   * Writes the SELECT as a subquery (in IN, EXISTS, as a value, or as INSERT ... SELECT's rows): its result
   * columns are not the ones read back, so its integers stay integers whatever the render options.
   */
  @Override
  public void renderSubquery(SqlBuilder sql) {
    sql.withResultColumns(false, () -> renderSelect(sql));
  }

  private void renderSelect(SqlBuilder sql) {
    sql.append(parts.distinct ? "SELECT DISTINCT " : "SELECT ");
    selection.render(sql);
    if (parts.from != null) {
      sql.append(" FROM ");
      parts.from.renderSource(sql);
    }
    for (Join join : parts.joins) {
      join.render(sql);
    }
    if (parts.where != null) {
      sql.append(" WHERE ");
      parts.where.render(sql);
    }
    if (!parts.groupBy.isEmpty()) {
      sql.append(" GROUP BY ");
      Clauses.list(sql, parts.groupBy);
    }
    if (parts.having != null) {
      sql.append(" HAVING ");
      parts.having.render(sql);
    }
    if (!parts.orderBy.isEmpty()) {
      sql.append(" ORDER BY ");
      Clauses.list(sql, parts.orderBy);
    }
    if (firstRow) {
      // Sleet's own constant, not a value: written as it is, SQLite keeps one plan for the statement, where a
      // LIMIT ? bound again on every run makes it prepare the statement again (with ANALYZE statistics).
      sql.append(parts.limit != null && parts.limit == 0 ? " LIMIT 0" : " LIMIT 1");
      if (parts.offset != null) {
        sql.append(" OFFSET ").bind(parts.offset);
      }
    } else if (parts.limit != null || parts.offset != null) {
      // SQLite needs a LIMIT before an OFFSET; -1 means no limit.
      sql.append(" LIMIT ").bind(parts.limit == null ? -1L : parts.limit);
      if (parts.offset != null) {
        sql.append(" OFFSET ").bind(parts.offset);
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public SqlType<R> valueType() {
    List<?> items = selection.items();
    if (items.size() != 1 || !(items.get(0) instanceof Expression<?> expression)) {
      throw new IllegalStateException("a subquery used as a value or in IN (...) must select exactly one "
          + "expression; this one selects " + items.size() + " items");
    }
    return (SqlType<R>) expression.type();
  }

  /** Whether the query has a WHERE clause. */
  boolean hasWhere() {
    return parts.where != null;
  }

  private SelectQuery<R> with(Parts newParts) {
    return new SelectQuery<>(runner, selection, newParts, false);
  }

  @Override
  public String toString() {
    return toStatement().toString();
  }
}
