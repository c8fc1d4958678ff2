package dev.sleet.d1.sqlite;

import dev.sleet.sql.SqlScript;

/**
 * What running a statement can change, judged once from its first keyword when it is prepared, so that the driver
 * asks SQLite only what can have changed: a SELECT changes nothing, an INSERT, UPDATE or DELETE reports its own
 * changes, only an insert moves the last inserted rowid, and only a schema change can change the columns a cached
 * statement returns.
 */
enum StatementKind {

    /** {@code SELECT} or {@code VALUES}: changes no row. */
    READ(false, false),
    /** {@code INSERT} or {@code REPLACE}: SQLite counts its changes, and it moves the last rowid. */
    INSERT(true, true),
    /** {@code UPDATE} or {@code DELETE}: SQLite counts its changes. */
    UPDATE(true, false),
    /** {@code CREATE}, {@code ALTER} or {@code DROP}: may change rows and the schema. */
    SCHEMA(false, false),
    /** Anything else ({@code WITH}, which may prefix any statement, {@code PRAGMA} ...): may change rows. */
    OTHER(false, true);

    private final boolean countsChanges;
    private final boolean insertsRows;

    StatementKind(boolean countsChanges, boolean insertsRows) {
        this.countsChanges = countsChanges;
        this.insertsRows = insertsRows;
    }

    /**
     * Whether SQLite's {@code changes()} is this statement's own count once it has run; for other statements it is
     * an earlier statement's, and only a change in {@code total_changes()} tells whether they changed anything.
     */
    boolean countsChanges() {
        return countsChanges;
    }

    /** Whether running it may move the last inserted rowid. */
    boolean insertsRows() {
        return insertsRows;
    }

    static StatementKind of(SqlScript.Part part) {
        return switch (part.keyword(0)) {
            case "SELECT", "VALUES" -> READ;
            case "INSERT", "REPLACE" -> INSERT;
            case "UPDATE", "DELETE" -> UPDATE;
            case "CREATE", "ALTER", "DROP" -> SCHEMA;
            default -> OTHER;
        };
    }
}
