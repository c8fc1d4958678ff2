package dev.sleet.d1.sqlite;

/** How closely the embedded engine imitates D1. */
public enum Fidelity {

    /**
     * The default: D1's limits (100 bound parameters, 100,000-byte statements, 5 compound SELECT terms, expression
     * depth 100, 50-byte LIKE patterns, 100 columns, 2,000,000-byte values, no attached databases), foreign keys
     * always on, and the statements D1 refuses refused with D1's messages.
     */
    D1,

    /** Plain SQLite: its own limits, every statement allowed. Foreign keys are still on. */
    PLAIN
}
