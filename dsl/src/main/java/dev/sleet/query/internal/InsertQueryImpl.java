package dev.sleet.query.internal;

import dev.sleet.expr.Expression;
import dev.sleet.query.ConflictStep;
import dev.sleet.query.InsertQuery;
import dev.sleet.query.InsertSelectStep;
import dev.sleet.query.InsertSetStep;
import dev.sleet.query.InsertStep;
import dev.sleet.query.QueryRunner;
import dev.sleet.query.SelectQuery;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.Lists;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT as Sleet builds and renders it, at every step: the step interfaces let each caller see only the
 * methods its row source allows, so at most one of records, assignments or a SELECT is ever set.
 *
 * @param <T> the table's record
 */
public final class InsertQueryImpl<T> extends WriteQueryImpl<T>
        implements InsertStep<T>, InsertSetStep<T>, InsertSelectStep<T> {

    private final List<T> rows;
    private final List<Assignment> assignments;
    private final List<SqlColumn<?>> selectColumns;
    private final @Nullable SelectQueryImpl<?> select;
    private final @Nullable Conflict conflict;

    private InsertQueryImpl(
            @Nullable QueryRunner runner,
            SqlTable<T> table,
            List<T> rows,
            List<Assignment> assignments,
            List<SqlColumn<?>> selectColumns,
            @Nullable SelectQueryImpl<?> select,
            @Nullable Conflict conflict) {
        super(runner, table);
        this.rows = rows;
        this.assignments = assignments;
        this.selectColumns = selectColumns;
        this.select = select;
        this.conflict = conflict;
    }

    /** {@code INSERT INTO table}, run by {@code runner} (null: none). */
    public static <T> InsertStep<T> into(@Nullable QueryRunner runner, SqlTable<T> table) {
        return new InsertQueryImpl<>(runner, table, List.of(), List.of(), List.of(), null, null);
    }

    @Override
    public InsertQuery<T> values(T row) {
        return values(List.of(row));
    }

    @Override
    public InsertQuery<T> values(List<? extends T> records) {
        return new InsertQueryImpl<>(runner, table, List.copyOf(records), assignments, selectColumns, select, conflict);
    }

    @Override
    public <V> InsertSetStep<T> set(SqlColumn<V> column, @Nullable V value) {
        return withAssignment(Assignment.of(column, value));
    }

    @Override
    public <V> InsertSetStep<T> set(SqlColumn<V> column, Expression<V> value) {
        return withAssignment(Assignment.of(column, value));
    }

    @Override
    public InsertSelectStep<T> columns(SqlColumn<?>... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException(
                    "insertInto(" + table + ").columns() needs the columns the SELECT fills");
        }
        for (SqlColumn<?> column : columns) {
            if (column.generated()) {
                throw new IllegalArgumentException(column + " is a generated column: the database computes it, so it "
                        + "cannot be inserted into");
            }
        }
        return new InsertQueryImpl<>(runner, table, rows, assignments, List.of(columns), select, conflict);
    }

    @Override
    public InsertQuery<T> select(SelectQuery<?> query) {
        SelectQueryImpl<?> own = (SelectQueryImpl<?>) QueryPart.of(query);
        return new InsertQueryImpl<>(runner, table, rows, assignments, selectColumns, own, conflict);
    }

    @Override
    public InsertQuery<T> onConflictDoNothing() {
        return withConflict(new Conflict(List.of(), List.of(), null));
    }

    @Override
    public ConflictStep<T> onConflict(SqlColumn<?>... target) {
        if (target.length == 0) {
            throw new IllegalArgumentException("onConflict() needs the columns of a primary key or unique index");
        }
        return new ConflictStepImpl<>(this, List.of(target));
    }

    InsertQueryImpl<T> withConflict(Conflict newConflict) {
        return new InsertQueryImpl<>(runner, table, rows, assignments, selectColumns, select, newConflict);
    }

    private InsertSetStep<T> withAssignment(Assignment assignment) {
        return new InsertQueryImpl<>(
                runner, table, rows, Lists.plus(assignments, assignment), selectColumns, select, conflict);
    }

    @Override
    List<Statement> render(RenderOptions options, @Nullable Selection<?> returning) {
        if (select != null) {
            SqlBuilder sql = head(options);
            ColumnNames.render(sql, selectColumns);
            sql.append(" ");
            if (conflict != null && !select.hasWhere()) {
                // After FROM, SQLite would read ON CONFLICT's ON as a join condition; a WHERE ends the SELECT first.
                sql.append("SELECT * FROM (");
                select.renderSubquery(sql);
                sql.append(") WHERE true");
            } else {
                select.renderSubquery(sql);
            }
            return List.of(tail(sql, returning).toStatement());
        }
        if (!assignments.isEmpty()) {
            SqlBuilder sql = head(options);
            ColumnNames.render(
                    sql,
                    assignments.stream().<SqlColumn<?>>map(Assignment::column).toList());
            sql.append(" VALUES (");
            sql.commaSeparated(
                    assignments, (assignment, out) -> assignment.value().render(out));
            sql.append(")");
            return List.of(tail(sql, returning).toStatement());
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(
                    "insertInto(" + table + ").values(...) got an empty list: nothing to insert");
        }
        return new RowBatches<>(table, rows, conflict != null)
                .render(options.maxParameters(), () -> head(options), sql -> tail(sql, returning));
    }

    private SqlBuilder head(RenderOptions options) {
        SqlBuilder sql = new SqlBuilder(options);
        sql.append("INSERT INTO ");
        TableParts.renderSource(table, sql);
        sql.append(" ");
        return sql;
    }

    private SqlBuilder tail(SqlBuilder sql, @Nullable Selection<?> returning) {
        if (conflict != null) {
            conflict.render(sql);
        }
        renderReturning(sql, returning);
        return sql;
    }
}
