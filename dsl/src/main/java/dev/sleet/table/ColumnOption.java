package dev.sleet.table;

/** What a table class says about a column beyond its name and type; a column without options is NOT NULL. */
public enum ColumnOption {
    /** The column may hold NULL. */
    NULLABLE,
    /** The column is (part of) the primary key. */
    PRIMARY_KEY,
    /** The database fills the column when an insert leaves it out: a DEFAULT, or a generated rowid. */
    HAS_DEFAULT,
    /** The database computes the column ({@code GENERATED ALWAYS AS}); inserts and updates never write it. */
    GENERATED
}
