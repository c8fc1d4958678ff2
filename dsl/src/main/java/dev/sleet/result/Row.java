package dev.sleet.result;

import dev.sleet.types.SqlTypes;
import dev.sleet.types.ValuesCursor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * One row of a raw query ({@code db.prepare(sql).all()}): column names to storage values (null, Long, Double,
 * String or byte[]), in the order the query selected them.
 *
 * <pre>{@code
 * Row row = db.prepare("SELECT id, points FROM users WHERE device_id = ?").bind(deviceId).first().orElseThrow();
 * String id = row.getString("id");
 * long points = row.getLong("points");
 * Instant created = row.get("created_at", Instant.class);
 * }</pre>
 */
public final class Row {

    private final List<String> names;
    private final Object[] values;

    /** A row of the given column names and storage values, which must have the same length. */
    public Row(List<String> names, Object[] values) {
        if (names.size() != values.length) {
            // Callers build rows from one cursor; a mismatch is a driver bug, not user input.
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " values");
        }
        this.names = names;
        this.values = values;
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return names;
    }

    /** Whether the row has a column of that name. */
    public boolean has(String column) {
        return names.contains(column);
    }

    /**
     * The storage value of a column (the first of that name when a join repeats it).
     *
     * @throws NoSuchElementException when there is no such column; the message lists the columns there are
     */
    public Object get(String column) {
        int index = names.indexOf(column);
        if (index < 0) {
            throw new NoSuchElementException("no column '" + column + "' in this row; its columns are " + names);
        }
        return values[index];
    }

    /** The storage value of column {@code index} (0-based). */
    public Object get(int index) {
        return values[index];
    }

    /** A column's value converted to {@code type} by its standard mapping ({@link SqlTypes#forClass}). */
    public <T> @Nullable T get(String column, Class<T> type) {
        return SqlTypes.forClass(type).read(ValuesCursor.of(get(column)), 1);
    }

    /** A text column; null for NULL. */
    public @Nullable String getString(String column) {
        return get(column, String.class);
    }

    /** An integer column; null for NULL. */
    public @Nullable Long getLong(String column) {
        return get(column, Long.class);
    }

    /** A real column; null for NULL. */
    public @Nullable Double getDouble(String column) {
        return get(column, Double.class);
    }

    /** A boolean (INTEGER 0/1) column; null for NULL. */
    public @Nullable Boolean getBoolean(String column) {
        return get(column, Boolean.class);
    }

    /** A BLOB column; null for NULL. */
    public byte @Nullable [] getBytes(String column) {
        return get(column, byte[].class);
    }

    /** The row as a map from column name to storage value, in column order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The values in column order. */
    public List<Object> values() {
        return Collections.unmodifiableList(java.util.Arrays.asList(values.clone()));
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
