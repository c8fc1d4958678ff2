package dev.sleet.query;

import dev.sleet.result.Meta;
import dev.sleet.expr.Selectable;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.util.List;

/**
 * What INSERT, UPDATE and DELETE share: running for effect, and RETURNING rows.
 *
 * @param <T> the table's record
 */
public abstract class WriteQuery<T> implements Query<Void> {

  final QueryRunner runner;
  final SqlTable<T> table;

  WriteQuery(QueryRunner runner, SqlTable<T> table) {
    this.runner = runner;
    this.table = table;
  }

  /** Renders the statements for an engine's needs, with RETURNING when given. */
  abstract List<Statement> render(RenderOptions options, Selection<?> returning);

  @Override
  public Statement toStatement() {
    List<Statement> statements = render(RenderOptions.UNLIMITED, null);
    return only(statements);
  }

  @Override
  public List<Statement> toStatements(RenderOptions options) {
    return render(options, null);
  }

  @Override
  public RowReader<Void> rowReader() {
    return row -> null;
  }

  /** Runs the statement (D1's {@code run()}) and returns its meta: changes, last row id, duration. */
  public Meta run() {
    return QueryRunner.require(runner).run(this);
  }

  /** {@code RETURNING} every column, read back as the table's record. */
  public Returning<T> returning() {
    return new Returning<>(this, Selection.wholeRows(table));
  }

  /** {@code RETURNING item}, such as a generated id: {@code .returning(SCREENS.ID)}. */
  public <A> Returning<A> returning(Selectable<A> item) {
    return new Returning<>(this, Selection.single(item));
  }

  static void renderReturning(SqlBuilder sql, Selection<?> returning) {
    if (returning != null) {
      sql.append(" RETURNING ");
      sql.withResultColumns(true, () -> sql.withQualifiers(false, () -> returning.render(sql)));
    }
  }

  static Statement only(List<Statement> statements) {
    if (statements.size() != 1) {
      throw new IllegalStateException("this insert needs " + statements.size() + " statements (its rows leave out "
          + "different defaulted columns); render it with toStatements(maxParameters) or run it through a Database");
    }
    return statements.get(0);
  }

  @Override
  public String toString() {
    return render(RenderOptions.UNLIMITED, null).toString();
  }
}
