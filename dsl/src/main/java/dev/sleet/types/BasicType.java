package dev.sleet.types;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A {@link SqlType} made of a writer and a reader function; the standard mappings in {@link SqlTypes} are these. */
record BasicType<T>(String name, StorageClass storageClass, Function<? super T, Object> writer, Reader<T> reader)
        implements SqlType<T> {

    /** Reads one column of the current row; returns null for NULL. */
    @FunctionalInterface
    interface Reader<T> {
        @Nullable
        T read(RowCursor row, int index);
    }

    @Override
    public @Nullable Object toSql(@Nullable T value) {
        return value == null ? null : writer.apply(value);
    }

    @Override
    public @Nullable T read(RowCursor row, int index) {
        return reader.read(row, index);
    }

    @Override
    public String toString() {
        return name;
    }
}
