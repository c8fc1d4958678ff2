package dev.sleet.d1;

import dev.sleet.errors.BindingException;
import dev.sleet.errors.ColumnNotFoundException;
import dev.sleet.query.Query;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.internal.QueryPart;
import dev.sleet.result.Meta;
import dev.sleet.result.Results;
import dev.sleet.result.Row;
import dev.sleet.sql.Statement;
import dev.sleet.types.RowCursor;
import dev.sleet.types.RowReader;
import dev.sleet.types.SqlTypes;
import dev.sleet.types.ValuesCursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Raw SQL, D1's prepared statement: {@code db.prepare(sql).bind(values...)} and then one of D1's verbs.
 *
 * <pre>{@code
 * Optional<Row> user = db.prepare("SELECT * FROM users WHERE device_id = ?").bind(deviceId).first();
 * Optional<Long> points = db.prepare("SELECT points FROM users WHERE id = ?").bind(id).first("points", Long.class);
 * Meta meta = db.prepare("UPDATE users SET points = points + 1 WHERE id = ?").bind(id).run();
 * Results<List<Object>> rows = db.prepare("SELECT id, points FROM users").raw(true);  // first row: column names
 * }</pre>
 *
 * <p>Values bind by their class's standard mapping ({@link SqlTypes}): integers as INTEGER (never as REAL, unlike a
 * Worker's JavaScript numbers), booleans as 1/0, {@code Instant} as D1 timestamp text, enums by name, and so on. A
 * value of a class with no mapping fails at {@link #bind} with a {@link BindingException}.
 */
public final class PreparedQuery implements Query<Row> {

    private static final RowReader<Row> ROWS = cursor -> new Row(cursor.columnNames(), values(cursor));
    private static final RowReader<List<Object>> ARRAYS =
            cursor -> Collections.unmodifiableList(Arrays.asList(values(cursor)));

    private final QueryRunner runner;
    private final String sql;
    private final List<Object> values;

    PreparedQuery(QueryRunner runner, String sql, List<Object> values) {
        this.runner = runner;
        this.sql = sql;
        this.values = values;
    }

    /**
     * The same statement with these values bound to its {@code ?} placeholders, in order (replacing any bound
     * before).
     *
     * @throws BindingException when a value's class has no standard mapping
     */
    public PreparedQuery bind(@Nullable Object @Nullable ... newValues) {
        if (newValues == null) {
            newValues = new Object[] {null}; // bind(null) binds one NULL, as in D1
        }
        List<Object> stored = new ArrayList<>(newValues.length);
        for (int i = 0; i < newValues.length; i++) {
            Object value = newValues[i];
            try {
                stored.add(SqlTypes.toStorage(value));
            } catch (IllegalArgumentException e) {
                throw new BindingException(
                        "D1_TYPE_ERROR: Type '" + value.getClass().getName() + "' not supported for " + "value "
                                + (i + 1) + ": " + e.getMessage(),
                        sql,
                        e);
            }
        }
        return new PreparedQuery(runner, sql, Collections.unmodifiableList(stored));
    }

    /** Runs the statement and returns every row (D1's {@code all()}). */
    public Results<Row> all() {
        return QueryPart.require(runner).all(part());
    }

    /** Runs the statement and returns its first row, if any (D1's {@code first()}). */
    public Optional<Row> first() {
        Results<Row> rows = all();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs the statement and returns one column of its first row (D1's {@code first(column)}): empty when there is
     * no row or the value is NULL.
     *
     * @throws ColumnNotFoundException when the row has no such column
     */
    public Optional<Object> first(String column) {
        return first(column, Object.class);
    }

    /**
     * Like {@link #first(String)}, with the value converted to {@code type} by its standard mapping.
     *
     * @throws ColumnNotFoundException when the row has no such column
     */
    public <T> Optional<T> first(String column, Class<T> type) {
        Optional<Row> row = first();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!row.get().has(column)) {
            throw new ColumnNotFoundException("D1_COLUMN_NOTFOUND: Column not found (" + column + ")", sql, null);
        }
        Object value = row.get().get(column);
        if (type == Object.class) {
            return Optional.ofNullable(type.cast(value));
        }
        return Optional.ofNullable(SqlTypes.forClass(type).read(ValuesCursor.of(value), 1));
    }

    /** Runs the statement for its effect (D1's {@code run()}). */
    public Meta run() {
        return QueryPart.require(runner).run(part());
    }

    /** Runs the statement and returns its rows as lists of values (D1's {@code raw()}). */
    public Results<List<Object>> raw() {
        return raw(false);
    }

    /**
     * Runs the statement and returns its rows as lists of values; with {@code columnNames}, the first list holds the
     * column names (D1's {@code raw({columnNames: true})}).
     */
    public Results<List<Object>> raw(boolean columnNames) {
        Results<List<Object>> rows = QueryPart.require(runner).all(new RawRows(this));
        if (!columnNames) {
            return rows;
        }
        List<List<Object>> withNames = new ArrayList<>(rows.size() + 1);
        withNames.add(List.copyOf(rows.columnNames()));
        withNames.addAll(rows);
        return new Results<>(rows.columnNames(), withNames, rows.meta());
    }

    @Override
    public Statement toStatement() {
        return new Statement(sql, values);
    }

    @Override
    public List<Statement> toStatements(int maxParameters) {
        return List.of(toStatement());
    }

    /** What the database runs: this statement, each row read as a {@link Row}. */
    QueryPart<Row> part() {
        return new Rows(this);
    }

    @Override
    public String toString() {
        return toStatement().toString();
    }

    private static Object[] values(RowCursor cursor) {
        Object[] row = new Object[cursor.columnCount()];
        for (int i = 0; i < row.length; i++) {
            row[i] = cursor.getObject(i + 1);
        }
        return row;
    }

    /** The statement, read as rows. */
    private record Rows(PreparedQuery query) implements QueryPart<Row> {
        @Override
        public Statement toStatement() {
            return query.toStatement();
        }

        @Override
        public RowReader<Row> rowReader() {
            return ROWS;
        }
    }

    /** The same statement, read as value lists. */
    private record RawRows(PreparedQuery query) implements QueryPart<List<Object>> {
        @Override
        public Statement toStatement() {
            return query.toStatement();
        }

        @Override
        public RowReader<List<Object>> rowReader() {
            return ARRAYS;
        }
    }
}
