package dev.sleet.sql.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/** Checks that values are SQLite storage values (null, Long, Double, String, byte[]) before they are bound. */
public final class StorageValues {

    private StorageValues() {}

    /** An unmodifiable copy of values after checking each, or the list itself when it is already {@link Checked}. */
    public static List<Object> copyOf(List<Object> values) {
        if (values instanceof Checked) {
            return values;
        }
        List<Object> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(check(values.get(i), i));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Returns the value after checking that it is a storage value.
     *
     * @param index its 0-based position among a statement's values, for the message
     * @throws IllegalArgumentException when it is not
     */
    public static @Nullable Object check(@Nullable Object value, int index) {
        if (value != null
                && !(value instanceof Long
                        || value instanceof Double
                        || value instanceof String
                        || value instanceof byte[])) {
            throw new IllegalArgumentException(
                    "parameter " + (index + 1) + " is a " + value.getClass().getName()
                            + "; a statement binds only null, Long, Double, String or byte[]: convert it with its SqlType first");
        }
        return value;
    }

    /**
     * The first {@code size} values of an array whose values were checked as they were added, and which the writer
     * never changes below {@code size} afterwards: a statement keeps it without copying.
     */
    public static final class Checked extends AbstractList<Object> implements RandomAccess {

        private final Object[] values;
        private final int size;

        public Checked(Object[] values, int size) {
            this.values = values;
            this.size = size;
        }

        @Override
        public Object get(int index) {
            if (index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return values[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
