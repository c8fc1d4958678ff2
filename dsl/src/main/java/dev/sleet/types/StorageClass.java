package dev.sleet.types;

/** SQLite's storage classes, as Sleet declares column types (D1 accepts the same four). */
public enum StorageClass {
    /** Signed 64-bit integers; also booleans (0/1) and epoch timestamps. */
    INTEGER,
    /** 64-bit IEEE floating point. */
    REAL,
    /** UTF-8 text; also exact decimals, UUIDs, enums, timestamps and JSON. */
    TEXT,
    /** Bytes as they are. */
    BLOB
}
