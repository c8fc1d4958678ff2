package dev.sleet.query.internal;

import dev.sleet.query.Returning;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.util.List;
import java.util.Optional;

/**
 * A write with RETURNING as Sleet renders it.
 *
 * @param <R> what each returned row becomes
 */
final class ReturningImpl<R> implements Returning<R>, QueryPart<R> {

    private final WriteQueryImpl<?> query;
    private final Selection<R> selection;

    ReturningImpl(WriteQueryImpl<?> query, Selection<R> selection) {
        this.query = query;
        this.selection = selection;
    }

    @Override
    public Results<R> all() {
        return QueryPart.require(query.runner).all(this);
    }

    @Override
    public Optional<R> first() {
        Results<R> rows = all();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @Override
    public Meta run() {
        return QueryPart.require(query.runner).run(this);
    }

    @Override
    public Statement toStatement() {
        return WriteQueryImpl.only(query.render(RenderOptions.UNLIMITED, selection));
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
