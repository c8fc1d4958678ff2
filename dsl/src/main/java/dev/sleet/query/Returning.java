package dev.sleet.query;

import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.util.List;
import java.util.Optional;

/**
 * An INSERT, UPDATE or DELETE with {@code RETURNING}: it runs like the statement and returns the rows it wrote.
 *
 * <pre>{@code
 * Optional<Long> id = db.insertInto(SCREENS).values(screen).returning(SCREENS.ID).first();
 * Results<User> banned = db.update(USERS).set(USERS.IS_BANNED, true).where(USERS.POINTS.lt(0)).returning().all();
 * }</pre>
 *
 * @param <R> what each returned row becomes
 */
public final class Returning<R> implements Query<R> {

  private final WriteQuery<?> query;
  private final Selection<R> selection;

  Returning(WriteQuery<?> query, Selection<R> selection) {
    this.query = query;
    this.selection = selection;
  }

  /** Runs the statement and returns every row it wrote. */
  public Results<R> all() {
    return QueryRunner.require(query.runner).all(this);
  }

  /** Runs the statement and returns the first row it wrote, if any. */
  public Optional<R> first() {
    Results<R> rows = all();
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  /** Runs the statement for its meta, discarding the returned rows. */
  public Meta run() {
    return QueryRunner.require(query.runner).run(this);
  }

  @Override
  public Statement toStatement() {
    return WriteQuery.only(query.render(RenderOptions.UNLIMITED, selection));
  }

  @Override
  public List<Statement> toStatements(RenderOptions options) {
    return query.render(options, selection);
  }

  @Override
  public RowReader<R> rowReader() {
    return selection.reader();
  }

  @Override
  public String toString() {
    return query.render(RenderOptions.UNLIMITED, selection).toString();
  }
}
