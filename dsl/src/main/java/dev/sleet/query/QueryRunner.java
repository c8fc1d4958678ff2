package dev.sleet.query;

import dev.sleet.result.Meta;
import dev.sleet.result.Results;

/** Runs queries; a {@link dev.sleet.d1.Database} is one. Queries built from a database run through it. */
public interface QueryRunner {

  /** Runs the query and returns every row it produced. */
  <R> Results<R> all(Query<R> query);

  /** Runs the query for its effect. */
  Meta run(Query<?> query);

  /** Checks that a query has a runner, with a message that says how to get one. */
  static QueryRunner require(QueryRunner runner) {
    if (runner == null) {
      throw new IllegalStateException("this query was built without a database (Sleet.dsl()); build it from a "
          + "Database (db.selectFrom(...)) to run it, or pass it to db.batch(...)");
    }
    return runner;
  }
}
