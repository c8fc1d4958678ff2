package dev.sleet.query;

import dev.sleet.result.Meta;
import dev.sleet.result.Results;
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
public interface Returning<R> extends Query<R> {

    /** Runs the statement and returns every row it wrote. */
    Results<R> all();

    /** Runs the statement and returns the first row it wrote, if any. */
    Optional<R> first();

    /** Runs the statement for its meta, discarding the returned rows. */
    Meta run();
}
