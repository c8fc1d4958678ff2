package dev.sleet.query.internal;

import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Plans the statements of a multi-row INSERT: rows keep their order; a record's null for a column with a default
 * leaves that column out, so consecutive rows that leave out the same columns share a statement, as many as its
 * parameter budget allows, and a change in the set starts a new one. {@link RowBatches} writes the plan.
 */
final class RowGroups {

    /**
     * One statement's rows.
     *
     * @param included which of the table's columns the statement writes
     * @param rows     each row's storage values, one per table column (those not included are ignored)
     */
    record Group(BitSet included, List<Object[]> rows) {

        /** How many columns the statement writes. */
        int width() {
            return included.cardinality();
        }
    }

    private RowGroups() {}

    /**
     * The groups for {@code rows}, each binding at most {@code budget} values in its VALUES.
     *
     * @param upsert whether an ON CONFLICT clause follows, which SQLite cannot combine with DEFAULT VALUES
     * @param budget how many values one statement's VALUES may bind
     * @param used   how many values the rest of the statement binds, for the refusal's message
     */
    static <T> List<Group> plan(SqlTable<T> table, List<T> rows, boolean upsert, int budget, int used) {
        List<Group> groups = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            Object[] first = values(table, rows, start);
            BitSet included = included(table, first, start);
            Group group = new Group(included, new ArrayList<>());
            int width = group.width();
            if (width == 0 && upsert) {
                throw new IllegalArgumentException("row " + start + " inserted into " + table.name() + " leaves every "
                        + "column to the database (DEFAULT VALUES), which SQLite cannot combine with ON CONFLICT: give a column "
                        + "a value");
            }
            int capacity = width == 0 ? 1 : budget / width;
            if (capacity < 1) {
                throw new IllegalArgumentException("one row of " + table.name() + " binds " + (width + used)
                        + " values, more than the " + (budget + used) + " a statement may bind");
            }
            group.rows().add(first);
            int next = start + 1;
            while (next < rows.size() && group.rows().size() < capacity) {
                Object[] candidate = values(table, rows, next);
                if (!included(table, candidate, next).equals(included)) {
                    break;
                }
                group.rows().add(candidate);
                next++;
            }
            groups.add(group);
            start = next;
        }
        return groups;
    }

    private static <T> Object[] values(SqlTable<T> table, List<T> rows, int index) {
        T row = rows.get(index);
        if (row == null) {
            throw new IllegalArgumentException("row " + index + " inserted into " + table.name() + " is null");
        }
        return TableParts.storageValues(table, row);
    }

    /** Which columns a row writes: all but those left null for the database to fill. */
    private static BitSet included(SqlTable<?> table, Object[] values, int index) {
        List<SqlColumn<?>> columns = table.columns();
        BitSet included = new BitSet(values.length);
        for (int c = 0; c < values.length; c++) {
            SqlColumn<?> column = columns.get(c);
            if (column.generated()) {
                continue;
            }
            if (values[c] == null && !column.nullable() && !column.hasDefault()) {
                throw new IllegalArgumentException(
                        "row " + index + " inserted into " + table.name() + " has no value for " + column.name()
                                + ", which is NOT NULL and has no default: give it a value");
            }
            included.set(c, values[c] != null || !column.hasDefault());
        }
        return included;
    }
}
