package dev.sleet.d1.sqlite;

import dev.sleet.errors.D1Errors;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.D1Message;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Words SQLite's errors as D1 does ({@code D1_ERROR: <message>: SQLITE_<CODE>}, with the extended code for
 * constraint failures) and turns them into Sleet's exceptions.
 */
final class SqliteErrors {

    private SqliteErrors() {}

    static D1Exception translate(SQLException e, @Nullable String sql) {
        return D1Errors.fromMessage(d1Message(e).format(), sql, e);
    }

    /** The message D1 would give for the same SQLite failure. */
    static D1Message d1Message(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return D1Message.error(String.valueOf(e.getMessage()));
        }
        SQLiteErrorCode extended = sqlite.getResultCode();
        String text = sqliteText(sqlite.getMessage(), extended);
        SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(extended.code & 0xff);
        String reason = text + ": " + primary.name();
        if (extended != primary && primary == SQLiteErrorCode.SQLITE_CONSTRAINT) {
            reason += " (extended: " + extended.name() + ")";
        }
        return D1Message.error(reason);
    }

    /** SQLite's own text inside sqlite-jdbc's {@code [CODE] description (text)} message. */
    private static @Nullable String sqliteText(@Nullable String jdbcMessage, SQLiteErrorCode code) {
        String prefix = code + " (";
        if (jdbcMessage != null && jdbcMessage.startsWith(prefix) && jdbcMessage.endsWith(")")) {
            return jdbcMessage.substring(prefix.length(), jdbcMessage.length() - 1);
        }
        return jdbcMessage;
    }
}
