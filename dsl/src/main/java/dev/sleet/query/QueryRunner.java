package dev.sleet.query;

import dev.sleet.result.Meta;
import dev.sleet.result.Results;

/**
 * Runs queries: what an engine gives the queries built from its {@link QueryDsl}. A {@link dev.sleet.d1.Database}
 * has one; a new engine implements it.
 */
public interface QueryRunner {

    /** Runs the query and returns every row it produced. */
    <R> Results<R> all(Query<R> query);

    /** Runs the query for its effect. */
    Meta run(Query<?> query);
}
