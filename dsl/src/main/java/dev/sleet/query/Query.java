package dev.sleet.query;

import dev.sleet.sql.Statement;
import java.util.List;

/**
 * A statement Sleet can render and run: a SELECT, an INSERT, UPDATE or DELETE (with or without RETURNING), or a raw
 * prepared statement. Queries are immutable values; {@link dev.sleet.d1.Database#batch} takes any of them.
 *
 * @param <R> what each returned row becomes
 */
public interface Query<R> {

    /**
     * Renders the query as one statement, with no database at hand.
     *
     * @throws IllegalStateException when the query needs several statements (see {@link #toStatements(int)})
     */
    Statement toStatement();

    /**
     * Renders the query as the statements that run it when each may bind at most {@code maxParameters} values: one
     * statement, except for a multi-row insert, which is split into as many as it needs. A database runs them as one
     * atomic batch.
     */
    List<Statement> toStatements(int maxParameters);
}
