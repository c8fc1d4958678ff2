package dev.sleet.d1.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConnection;

/**
 * Prepared statements kept by SQL text, so a query that runs again skips SQLite's parsing, Sleet's D1 checks and
 * reading its column names. The least recently used statement is closed when the cache is full. Callers hold the
 * driver's lock, and empty the cache after a schema change of their own (and after a rolled-back batch, which may
 * have undone one). A schema change made through another connection is noticed when it changes how many columns a
 * cached statement returns; a column renamed there keeps its old name here until the cache is emptied.
 */
final class StatementCache {

    private static final int CAPACITY = 256;

    /** A cached statement, and what is known about it. */
    static final class Entry {

        private final @Nullable PreparedStatement statement;
        private final int parameterCount;
        private final StatementKind kind;
        private final boolean ignored;
        private @Nullable List<String> columnNames;

        private Entry(@Nullable PreparedStatement statement, int parameterCount, StatementKind kind, boolean ignored) {
            this.statement = statement;
            this.parameterCount = parameterCount;
            this.kind = kind;
            this.ignored = ignored;
        }

        /** The prepared statement; null when ignored. */
        @Nullable
        PreparedStatement statement() {
            return statement;
        }

        /** How many values it binds. */
        int parameterCount() {
            return parameterCount;
        }

        /** What running it can change. */
        StatementKind kind() {
            return kind;
        }

        /** Whether D1 accepts it without effect, so it is not run. */
        boolean ignored() {
            return ignored;
        }

        /** The names of the columns it returns, read from its first result and kept while their number holds. */
        List<String> columnNames(ResultSet result) throws SQLException {
            ResultSetMetaData meta = result.getMetaData();
            if (columnNames == null || columnNames.size() != meta.getColumnCount()) {
                List<String> names = new ArrayList<>(meta.getColumnCount());
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i));
                }
                columnNames = List.copyOf(names);
            }
            return columnNames;
        }
    }

    private final SQLiteConnection connection;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    StatementCache(SQLiteConnection connection) {
        this.connection = connection;
    }

    @Nullable
    Entry get(String sql) {
        return entries.get(sql);
    }

    /** Prepares and keeps a statement; SQLite's errors (syntax, unknown table, a limit) come out of here. */
    Entry put(String sql, StatementKind kind, boolean ignored) throws SQLException {
        Entry entry;
        if (ignored) {
            entry = new Entry(null, 0, kind, true);
        } else {
            PreparedStatement statement = connection.prepareStatement(sql);
            entry = new Entry(statement, statement.getParameterMetaData().getParameterCount(), kind, false);
        }
        entries.put(sql, entry);
        return entry;
    }

    /** Closes every statement; the next use of each prepares it again. */
    void clear() {
        entries.values().forEach(StatementCache::closeQuietly);
        entries.clear();
    }

    private static void closeQuietly(Entry entry) {
        if (entry.statement() != null) {
            try {
                entry.statement().close();
            } catch (SQLException e) {
                // A statement that cannot close holds nothing more than the connection, which closes it.
            }
        }
    }
}
