package dev.sleet.query;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.Ordering;
import dev.sleet.expr.Subquery;
import dev.sleet.result.Results;
import dev.sleet.table.SqlTable;
import java.util.Optional;
import java.util.function.Function;

/**
 * A SELECT, built step by step; every step returns a new query and leaves this one as it was.
 *
 * <pre>{@code
 * Optional<User> user = db.selectFrom(USERS).where(USERS.DEVICE_ID.eq(deviceId)).first();
 * Results<Tuple2<String, Long>> perApp = db.select(SCREENS.APP_ID, count())
 *     .from(SCREENS)
 *     .groupBy(SCREENS.APP_ID)
 *     .having(count().gt(10L))
 *     .orderBy(count().desc())
 *     .limit(20)
 *     .all();
 * }</pre>
 *
 * <p>A repeated clause adds to what is there: a second {@code where} or {@code having} joins its condition with AND,
 * a second {@code groupBy} or {@code orderBy} appends its terms, a second {@code from}, {@code limit} or
 * {@code offset} replaces the first. LIMIT and OFFSET are bound like every other value, so a query renders the same
 * SQL whatever the page; {@link #first()} writes its {@code LIMIT 1}.
 *
 * @param <R> what each row becomes
 */
public interface SelectQuery<R> extends Query<R>, Subquery<R> {

    /** {@code SELECT DISTINCT}. */
    SelectQuery<R> distinct();

    /** {@code FROM table}; use {@code table.as("alias")} for an alias. */
    SelectQuery<R> from(SqlTable<?> table);

    /** {@code INNER JOIN table ON ...}. */
    JoinStep<R> join(SqlTable<?> table);

    /** {@code INNER JOIN table ON ...}. */
    JoinStep<R> innerJoin(SqlTable<?> table);

    /** {@code LEFT JOIN table ON ...}: the table's columns read as null where no row matches. */
    JoinStep<R> leftJoin(SqlTable<?> table);

    /** {@code RIGHT JOIN table ON ...}: the earlier tables' columns read as null where no row matches. */
    JoinStep<R> rightJoin(SqlTable<?> table);

    /** {@code FULL JOIN table ON ...}: either side's columns read as null where the other has no match. */
    JoinStep<R> fullJoin(SqlTable<?> table);

    /** {@code CROSS JOIN table}: every pairing of rows. */
    SelectQuery<R> crossJoin(SqlTable<?> table);

    /** {@code WHERE condition}; a second call adds its condition with AND. */
    SelectQuery<R> where(Condition condition);

    /** {@code GROUP BY expressions}; a second call appends its expressions. */
    SelectQuery<R> groupBy(Expression<?>... expressions);

    /** {@code HAVING condition}; a second call adds its condition with AND. */
    SelectQuery<R> having(Condition condition);

    /** {@code ORDER BY orderings}, such as {@code USERS.POINTS.desc().nullsLast()}; a second call appends. */
    SelectQuery<R> orderBy(Ordering... orderings);

    /** {@code LIMIT count}; a second call replaces the first. */
    SelectQuery<R> limit(long count);

    /** {@code OFFSET count}: skips that many rows; a second call replaces the first. */
    SelectQuery<R> offset(long count);

    /**
     * The same query with each row turned into something else.
     *
     * <pre>{@code
     * List<String> emails = db.select(USERS.EMAIL).from(USERS).map(String::toLowerCase).all();
     * }</pre>
     */
    <X> SelectQuery<X> map(Function<? super R, ? extends X> mapper);

    /** Runs the query (D1's {@code all()}) and returns every row. */
    Results<R> all();

    /**
     * Runs the query with {@code LIMIT 1} (D1's {@code first()}) and returns its row, if any. A NULL single-column
     * value also reads as empty.
     */
    Optional<R> first();
}
