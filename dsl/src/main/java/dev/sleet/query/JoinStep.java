package dev.sleet.query;

import dev.sleet.expr.Condition;

/**
 * A JOIN waiting for its ON condition.
 *
 * <pre>{@code
 * db.select(USERS.ID, SCREENS.ID).from(USERS).leftJoin(SCREENS).on(SCREENS.USER_ID.eq(USERS.ID)).all();
 * }</pre>
 *
 * @param <R> what the query's rows become
 */
public interface JoinStep<R> {

    /** Completes the join with its condition. */
    SelectQuery<R> on(Condition condition);
}
