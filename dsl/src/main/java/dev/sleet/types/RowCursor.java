package dev.sleet.types;

import org.jspecify.annotations.Nullable;

/**
 * The current row of a result, as a driver exposes it to type mappings: columns are numbered from 1, and
 * {@link #wasNull()} tells whether the last value read was SQL NULL (the getters then return 0, 0.0 or null).
 *
 * <p>Drivers implement it over their own transport (a JDBC result set, a JSON array); {@link SqlType#read} reads
 * from it without knowing which.
 */
public interface RowCursor {

    /** The number of columns in each row. */
    int columnCount();

    /** The name of column {@code index} (1-based) as the database reports it. */
    String columnName(int index);

    /** Every column's name, in order; the same list for every row of a result. */
    java.util.List<String> columnNames();

    /** The value as text, or null for NULL. */
    @Nullable
    String getString(int index);

    /** The value as a 64-bit integer, or 0 for NULL. */
    long getLong(int index);

    /** The value as a double, or 0.0 for NULL. */
    double getDouble(int index);

    /** The value as bytes, or null for NULL. */
    byte @Nullable [] getBytes(int index);

    /** The value as its storage class: null, Long, Double, String or byte[]. */
    @Nullable
    Object getObject(int index);

    /** Whether the value read last was SQL NULL. */
    boolean wasNull();
}
