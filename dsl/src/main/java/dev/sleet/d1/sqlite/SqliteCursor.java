package dev.sleet.d1.sqlite;

import dev.sleet.errors.D1Exception;
import dev.sleet.types.RowCursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link RowCursor} over a sqlite-jdbc result set; integers always read as Long. */
final class SqliteCursor implements RowCursor {

    private final ResultSet rs;
    private final String sql;
    private final List<String> names;

    /** A cursor over a statement's result set, whose column names were read when it was prepared. */
    SqliteCursor(ResultSet rs, String sql, List<String> names) {
        this.rs = rs;
        this.sql = sql;
        this.names = names;
    }

    boolean next() throws SQLException {
        return rs.next();
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
        try {
            return rs.getString(index);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public long getLong(int index) {
        try {
            return rs.getLong(index);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public double getDouble(int index) {
        try {
            return rs.getDouble(index);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public byte @Nullable [] getBytes(int index) {
        try {
            return rs.getBytes(index);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public @Nullable Object getObject(int index) {
        try {
            Object value = rs.getObject(index);
            return value instanceof Integer i ? Long.valueOf(i.longValue()) : value;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public boolean wasNull() {
        try {
            return rs.wasNull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private D1Exception fail(SQLException e) {
        return SqliteErrors.translate(e, sql);
    }
}
