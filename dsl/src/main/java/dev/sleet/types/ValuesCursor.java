package dev.sleet.types;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RowCursor} over storage values already in memory (a raw {@code Row}, a JSON answer), converting between
 * storage classes as SQLite's own column accessors do: text reads as a number when it is one, numbers read as
 * text, text reads as its UTF-8 bytes.
 */
public final class ValuesCursor implements RowCursor {

    private final List<String> names;
    private Object[] values;
    private boolean wasNull;

    /**
     * A cursor whose current row is {@code values}.
     *
     * @param names  the column names
     * @param values storage values (null, Long, Double, String, byte[]), one per name
     */
    public ValuesCursor(List<String> names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** A cursor over a single unnamed value, to convert it with a {@link SqlType}. */
    public static ValuesCursor of(Object value) {
        return new ValuesCursor(List.of("value"), new Object[] {value});
    }

    /** Moves the cursor to another row of the same columns. */
    public void setRow(Object[] row) {
        this.values = row;
    }

    @Override
    public int columnCount() {
        return names.size();
    }

    @Override
    public String columnName(int index) {
        return names.get(index - 1);
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public @Nullable String getString(int index) {
        Object v = value(index);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return d.longValue() + ".0";
        }
        return v.toString();
    }

    @Override
    public long getLong(int index) {
        Object v = value(index);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        if (v instanceof String s) {
            return parseLong(s);
        }
        return 0L;
    }

    @Override
    public double getDouble(int index) {
        Object v = value(index);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return 0.0;
            }
        }
        return 0.0;
    }

    @Override
    public byte @Nullable [] getBytes(int index) {
        Object v = value(index);
        if (v == null || v instanceof byte[]) {
            return (byte[]) v;
        }
        return Objects.requireNonNull(getString(index)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public @Nullable Object getObject(int index) {
        return value(index);
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    private Object value(int index) {
        Object v = values[index - 1];
        wasNull = v == null;
        return v;
    }

    private static long parseLong(String s) {
        String t = s.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(t);
            } catch (NumberFormatException notANumber) {
                return 0L;
            }
        }
    }
}
