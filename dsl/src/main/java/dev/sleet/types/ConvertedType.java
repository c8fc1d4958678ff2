package dev.sleet.types;

import org.jspecify.annotations.Nullable;

/** A type stored as another type through a user's {@link Converter}. */
final class ConvertedType<U, T> implements SqlType<U> {

    private final SqlType<T> stored;
    private final Converter<U, T> converter;

    ConvertedType(SqlType<T> stored, Converter<U, T> converter) {
        this.stored = stored;
        this.converter = converter;
    }

    /** The type it is stored as. */
    SqlType<T> stored() {
        return stored;
    }

    @Override
    public StorageClass storageClass() {
        return stored.storageClass();
    }

    @Override
    public String name() {
        return "converted " + stored.name();
    }

    @Override
    public @Nullable Object toSql(@Nullable U value) {
        return value == null ? null : stored.toSql(converter.toStored(value));
    }

    @Override
    public @Nullable U read(RowCursor row, int index) {
        T value = stored.read(row, index);
        return value == null ? null : converter.fromStored(value);
    }
}
