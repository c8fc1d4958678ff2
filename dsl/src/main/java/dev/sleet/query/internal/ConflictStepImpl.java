package dev.sleet.query.internal;

import dev.sleet.query.ConflictStep;
import dev.sleet.query.InsertQuery;
import dev.sleet.query.UpsertSetStep;
import dev.sleet.table.SqlColumn;
import java.util.List;

/**
 * An upsert's target, waiting for its action.
 *
 * @param insert the insert it completes
 * @param target the uniqueness target's columns
 * @param <T>    the table's record
 */
record ConflictStepImpl<T>(InsertQueryImpl<T> insert, List<SqlColumn<?>> target) implements ConflictStep<T> {

    @Override
    public InsertQuery<T> doNothing() {
        return insert.withConflict(new Conflict(target, List.of(), null));
    }

    @Override
    public UpsertSetStep<T> doUpdate() {
        return new UpsertQueryImpl<>(insert, target, List.of(), null);
    }
}
