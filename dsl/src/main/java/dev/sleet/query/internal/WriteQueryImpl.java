package dev.sleet.query.internal;

import dev.sleet.expr.Selectable;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.Returning;
import dev.sleet.query.WriteQuery;
import dev.sleet.result.Meta;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.types.RowReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What INSERT, UPDATE and DELETE share as Sleet renders them: running for effect, and RETURNING rows.
 *
 * @param <T> the table's record
 */
abstract class WriteQueryImpl<T> implements WriteQuery<T>, QueryPart<Void> {

    final @Nullable QueryRunner runner;
    final SqlTable<T> table;

    WriteQueryImpl(@Nullable QueryRunner runner, SqlTable<T> table) {
        this.runner = runner;
        this.table = table;
    }

    /** Renders the statements for an engine's needs, with RETURNING when given. */
    abstract List<Statement> render(RenderOptions options, @Nullable Selection<?> returning);

    @Override
    public Statement toStatement() {
        return only(render(RenderOptions.UNLIMITED, null));
    }

    @Override
    public List<Statement> toStatements(RenderOptions options) {
        return render(options, null);
    }

    @Override
    public RowReader<Void> rowReader() {
        return row -> null;
    }

    @Override
    public Meta run() {
        return QueryPart.require(runner).run(this);
    }

    @Override
    public Returning<T> returning() {
        return new ReturningImpl<>(this, Selection.wholeRows(table));
    }

    @Override
    public <A> Returning<A> returning(Selectable<A> item) {
        return new ReturningImpl<>(this, Selection.single(item));
    }

    static void renderReturning(SqlBuilder sql, @Nullable Selection<?> returning) {
        if (returning != null) {
            sql.append(" RETURNING ");
            sql.withResultColumns(true, () -> sql.withQualifiers(false, () -> returning.render(sql)));
        }
    }

    static Statement only(List<Statement> statements) {
        if (statements.size() != 1) {
            throw new IllegalStateException(
                    "this insert needs " + statements.size() + " statements (its rows leave out "
                            + "different defaulted columns); render it with toStatements(maxParameters) or run it through a Database");
        }
        return statements.get(0);
    }

    @Override
    public String toString() {
        return render(RenderOptions.UNLIMITED, null).toString();
    }
}
