package dev.sleet.d1.sqlite;

import dev.sleet.errors.StatementRefusedException;
import dev.sleet.sql.RenderOptions;
import dev.sleet.sql.SqlScript;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * What a {@link Fidelity} mode means to the embedded engine, in one place: the limits a connection is opened with,
 * how many values a statement may bind, which statements are refused, and which are accepted without effect. The
 * driver picks its rules once, when it opens, and asks them rather than testing the mode.
 */
enum FidelityRules {

    /** D1's limits and refusals ({@link D1Limits}, {@link D1Guard}). */
    D1(D1Limits.PARAMETERS) {
        @Override
        void configure(SQLiteConnection connection) throws SQLException {
            D1Limits.apply(connection);
        }

        @Override
        void refuse(SqlScript.Part part) {
            D1Guard.check(part);
        }

        @Override
        boolean ignores(SqlScript.Part part) {
            return D1Guard.check(part) == D1Guard.Verdict.IGNORE;
        }
    },

    /** Plain SQLite: its own limits ({@code SQLITE_MAX_VARIABLE_NUMBER} is 32,766), every statement run. */
    PLAIN(32_766) {
        @Override
        void configure(SQLiteConnection connection) {
            // SQLite's own limits stay.
        }

        @Override
        void refuse(SqlScript.Part part) {
            // Plain SQLite refuses nothing before it runs.
        }

        @Override
        boolean ignores(SqlScript.Part part) {
            return false;
        }
    };

    private final int parameters;

    FidelityRules(int parameters) {
        this.parameters = parameters;
    }

    /** The rules of a mode. */
    static FidelityRules of(Fidelity fidelity) {
        return switch (fidelity) {
            case D1 -> D1;
            case PLAIN -> PLAIN;
        };
    }

    /** How statements are rendered for this engine: at most as many bound values as it accepts. */
    RenderOptions renderOptions() {
        return RenderOptions.limitedTo(parameters);
    }

    /** Sets up a newly opened connection. */
    abstract void configure(SQLiteConnection connection) throws SQLException;

    /**
     * Refuses, before it runs, a statement this mode does not allow.
     *
     * @throws StatementRefusedException when the statement is refused
     */
    abstract void refuse(SqlScript.Part part);

    /**
     * Whether a statement is accepted and then not run ({@code PRAGMA foreign_keys = OFF} on D1).
     *
     * @throws StatementRefusedException when the statement is refused, as {@link #refuse} does
     */
    abstract boolean ignores(SqlScript.Part part);
}
