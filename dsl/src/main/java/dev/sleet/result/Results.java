package dev.sleet.result;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows a statement returned, with D1's {@link Meta}. It is an immutable list, so it can be iterated and
 * streamed directly.
 *
 * <pre>{@code
 * Results<User> users = db.selectFrom(USERS).where(USERS.TIER.eq("pro")).all();
 * users.forEach(System.out::println);
 * double ms = users.meta().duration();
 * }</pre>
 *
 * @param <R> what each row became
 */
public final class Results<R> extends AbstractList<R> implements RandomAccess {

    private final List<String> columnNames;
    private final List<R> rows;
    private final Meta meta;

    /**
     * Results of the given rows and meta; the rows are not copied and must not change afterwards.
     *
     * @param columnNames the result's column names, in order (empty for a statement that returns no columns)
     * @param rows        the rows, read
     * @param meta        what the database reported
     */
    public Results(List<String> columnNames, List<R> rows, Meta meta) {
        this.columnNames = List.copyOf(columnNames);
        this.rows = rows;
        this.meta = meta;
    }

    /** The result's column names, in order; empty for a statement that returns no columns. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** What D1 reports about the statement. */
    public Meta meta() {
        return meta;
    }

    /**
     * The results of statements that ran as one query (a multi-row insert split to fit D1's limits) as one: rows in
     * order, the first column names reported, meta added up.
     */
    public static <R> Results<R> concat(List<Results<R>> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat needs the results of at least one statement");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int size = 0;
        for (Results<R> part : parts) {
            size += part.size();
        }
        List<R> rows = new ArrayList<>(size);
        List<String> columnNames = List.of();
        Meta meta = parts.get(0).meta;
        for (int i = 0; i < parts.size(); i++) {
            Results<R> part = parts.get(i);
            rows.addAll(part.rows);
            columnNames = columnNames.isEmpty() ? part.columnNames : columnNames;
            meta = i == 0 ? meta : meta.plus(part.meta);
        }
        return new Results<>(columnNames, rows, meta);
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
