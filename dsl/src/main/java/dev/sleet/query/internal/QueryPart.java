package dev.sleet.query.internal;

import dev.sleet.expr.internal.Parts;
import dev.sleet.query.Query;
import dev.sleet.query.QueryRunner;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an engine needs of a query that its users never call: the statements for the engine's needs, and how each
 * returned row is read.
 *
 * @param <R> what each returned row becomes
 */
public interface QueryPart<R> extends Query<R> {

    /**
     * Renders the query as the statements that run it on an engine with these needs; see
     * {@link Query#toStatements(int)}.
     */
    default List<Statement> toStatements(RenderOptions options) {
        return List.of(toStatement());
    }

    /** How each returned row is read. */
    RowReader<R> rowReader();

    @Override
    default List<Statement> toStatements(int maxParameters) {
        return toStatements(RenderOptions.limitedTo(maxParameters));
    }

    /** The contract behind a query. */
    static <R> QueryPart<R> of(Query<R> query) {
        if (query instanceof QueryPart<R> part) {
            return part;
        }
        throw Parts.foreign(query, "Query", "a query built from a Database or Sleet.dsl(), or db.prepare(sql)");
    }

    /** Checks that a query has a runner, with a message that says how to get one. */
    static QueryRunner require(@Nullable QueryRunner runner) {
        if (runner == null) {
            throw new IllegalStateException("this query was built without a database (Sleet.dsl()); build it from a "
                    + "Database (db.selectFrom(...)) to run it, or pass it to db.batch(...)");
        }
        return runner;
    }
}
