package dev.sleet.d1.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConnection;

/**
 * Prepared statements kept by SQL text, so a query that runs again skips SQLite's parsing and Sleet's D1 checks.
 * The least recently used statement is closed when the cache is full. Callers hold the driver's lock.
 */
final class StatementCache {

  private static final int CAPACITY = 256;

  /**
   * A cached statement.
   *
   * @param statement      the prepared statement; null when ignored
   * @param parameterCount how many values it binds
   * @param ignored        whether D1 accepts it without effect, so it is not run
   */
  record Entry(PreparedStatement statement, int parameterCount, boolean ignored) {}

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

  Entry get(String sql) {
    return entries.get(sql);
  }

  /** Prepares and keeps a statement; SQLite's errors (syntax, unknown table, a limit) come out of here. */
  Entry put(String sql, boolean ignored) throws SQLException {
    Entry entry;
    if (ignored) {
      entry = new Entry(null, 0, true);
    } else {
      PreparedStatement statement = connection.prepareStatement(sql);
      entry = new Entry(statement, statement.getParameterMetaData().getParameterCount(), false);
    }
    entries.put(sql, entry);
    return entry;
  }

  void close() {
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
