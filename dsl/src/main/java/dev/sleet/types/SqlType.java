package dev.sleet.types;

import org.jspecify.annotations.Nullable;

/**
 * How one Java type is stored in SQLite and D1, both ways: {@link #toSql} turns a value into the storage value that
 * is bound ({@link Long}, {@link Double}, {@link String} or {@code byte[]}), and {@link #read} turns a column of a
 * result row back into the Java value. {@link SqlTypes} holds the standard mappings; {@link #map} builds a new one
 * from a {@link Converter}.
 *
 * @param <T> the Java type
 */
public interface SqlType<T> {

    /** The declared column type this mapping stores into. */
    StorageClass storageClass();

    /** A short name for messages, such as {@code Instant as TEXT}. */
    String name();

    /**
     * Turns a value into the storage value to bind.
     *
     * @param value the value; null binds NULL
     * @return null, a Long, a Double, a String or a byte[]
     */
    @Nullable
    Object toSql(@Nullable T value);

    /**
     * Reads column {@code index} of the cursor's current row.
     *
     * @return the value, or null when the column is NULL
     */
    @Nullable
    T read(RowCursor row, int index);

    /** A mapping for another Java type, stored as this one through a converter. */
    default <U> SqlType<U> map(Converter<U, T> converter) {
        return new ConvertedType<>(this, converter);
    }
}
