package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.table.SqlColumn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO table}, waiting for where its rows come from: records, column values, or a SELECT. Each source
 * excludes the others, so each leads to its own step.
 *
 * <pre>{@code
 * db.insertInto(USERS).values(user).run();
 * db.insertInto(USERS).values(manyUsers).run();                 // split to fit D1's limits, still atomic
 * db.insertInto(USERS).set(USERS.ID, "u1").set(USERS.DEVICE_ID, "d1").run();
 * db.insertInto(ARCHIVE).columns(ARCHIVE.ID).select(Sleet.dsl().select(USERS.ID).from(USERS)).run();
 * }</pre>
 *
 * <p>A record's null value for a column that has a database default (or is a generated rowid) leaves the column
 * out, so the default applies. A null for a NOT NULL column without a default is refused before any SQL runs.
 * Rows are written in the order given; rows that leave out different columns go into separate statements of the
 * same atomic batch.
 *
 * @param <T> the table's record
 */
public interface InsertStep<T> {

    /** Inserts one record. */
    InsertQuery<T> values(T row);

    /** Inserts records, in order; a query whose list is empty is refused when it renders, as it inserts nothing. */
    InsertQuery<T> values(List<? extends T> rows);

    /** Sets one column of a single inserted row; columns not set take their defaults. */
    <V> InsertSetStep<T> set(SqlColumn<V> column, @Nullable V value);

    /** Sets one column of a single inserted row to an expression. */
    <V> InsertSetStep<T> set(SqlColumn<V> column, Expression<V> value);

    /** Names the columns an {@code INSERT ... SELECT} fills; follow with {@code select(...)}. */
    InsertSelectStep<T> columns(SqlColumn<?>... columns);
}
