package dev.sleet.table;

import dev.sleet.expr.Expression;

/**
 * A column of a table, as a typed expression: {@code "users"."email"} in queries, {@code "email"} where SQL wants a
 * bare name. Table classes declare one public field per column.
 *
 * <pre>{@code
 * db.selectFrom(USERS).where(USERS.DEVICE_ID.eq(deviceId)).first();
 * }</pre>
 *
 * @param <T> the Java type of its values
 */
public interface SqlColumn<T> extends Expression<T> {

    /** The table (or table alias) this column belongs to. */
    SqlTable<?> table();

    /** The column's name in the database. */
    String name();

    /** Whether the column may hold NULL. */
    boolean nullable();

    /** Whether the column is (part of) the primary key. */
    boolean primaryKey();

    /** Whether the database fills the column when an insert leaves it out. */
    boolean hasDefault();

    /** Whether the database computes the column, so that no statement may write it. */
    boolean generated();

    /**
     * The value this column would have taken in an upsert's conflicting insert: {@code excluded."column"}, for use in
     * {@code onConflict(...).doUpdate()}.
     */
    Expression<T> excluded();
}
