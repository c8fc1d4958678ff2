package dev.sleet.d1.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/** D1's per-statement limits, set on an embedded connection so that SQLite refuses what D1 would. */
final class D1Limits {

    /** Bound parameters per statement. */
    static final int PARAMETERS = 100;
    /** Bytes of SQL text per statement. */
    static final int SQL_LENGTH = 100_000;
    /** Bytes in one string, BLOB or row. */
    static final int VALUE_LENGTH = 2_000_000;
    /** Terms of a compound SELECT. */
    static final int COMPOUND_TERMS = 5;
    /** Depth of an expression tree. */
    static final int EXPRESSION_DEPTH = 100;
    /** Bytes in a LIKE or GLOB pattern. */
    static final int LIKE_PATTERN = 50;
    /** Columns in a table, index or result. */
    static final int COLUMNS = 100;
    /** Arguments of one function call. */
    static final int FUNCTION_ARGS = 127;

    private D1Limits() {}

    static void apply(SQLiteConnection connection) throws SQLException {
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, PARAMETERS);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, SQL_LENGTH);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, VALUE_LENGTH);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, COMPOUND_TERMS);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, EXPRESSION_DEPTH);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, LIKE_PATTERN);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, COLUMNS);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG, FUNCTION_ARGS);
        connection.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
    }
}
