package dev.sleet.result;

import java.util.OptionalLong;

/**
 * What D1 reports about a statement besides its rows ({@code result.meta} in a Worker).
 *
 * <p>The embedded engine knows {@code duration}, {@code changes}, {@code lastRowId} and {@code changedDb}. It cannot
 * know {@code rowsRead}, {@code rowsWritten} or {@code sizeAfter} as D1 counts them (D1 counts rows scanned and
 * index entries written inside its storage layer), so it leaves them empty rather than guess; the remote driver
 * fills them from D1's answer.
 *
 * @param duration    milliseconds the database spent on the statement
 * @param changes     rows inserted, updated or deleted by the statement itself (not by triggers or cascades)
 * @param lastRowId   the rowid of the last row inserted on this connection
 * @param changedDb   whether the statement changed anything
 * @param rowsRead    rows D1 read, where known
 * @param rowsWritten rows D1 wrote, where known
 * @param sizeAfter   the database's size in bytes afterwards, where known
 */
public record Meta(
        double duration,
        long changes,
        long lastRowId,
        boolean changedDb,
        OptionalLong rowsRead,
        OptionalLong rowsWritten,
        OptionalLong sizeAfter) {

    /** Meta as the embedded engine knows it. */
    public static Meta embedded(double duration, long changes, long lastRowId, boolean changedDb) {
        return new Meta(
                duration,
                changes,
                lastRowId,
                changedDb,
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty());
    }

    /**
     * The meta of two statements that ran as one query (a multi-row insert split to fit D1's limits): durations,
     * changes and counts add up; the last row id and size are the later statement's.
     */
    public Meta plus(Meta later) {
        return new Meta(
                duration + later.duration,
                changes + later.changes,
                later.lastRowId,
                changedDb || later.changedDb,
                add(rowsRead, later.rowsRead),
                add(rowsWritten, later.rowsWritten),
                later.sizeAfter);
    }

    private static OptionalLong add(OptionalLong a, OptionalLong b) {
        return a.isPresent() && b.isPresent() ? OptionalLong.of(a.getAsLong() + b.getAsLong()) : OptionalLong.empty();
    }
}
