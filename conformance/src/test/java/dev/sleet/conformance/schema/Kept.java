package dev.sleet.conformance.schema;

import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One value of every mapped type, to check that each comes back as it went in.
 *
 * @param id     the key
 * @param text   TEXT
 * @param big    INTEGER, 64 bits
 * @param real   REAL
 * @param flag   INTEGER 0/1
 * @param blob   BLOB
 * @param amount TEXT, exact
 * @param uuid   TEXT
 * @param at     TEXT in D1's datetime format
 * @param day    TEXT
 */
@Table("kept")
public record Kept(
        @PrimaryKey long id,
        @Nullable String text,
        @Nullable Long big,
        @Nullable Double real,
        @Nullable Boolean flag,
        byte @Nullable [] blob,
        @Nullable BigDecimal amount,
        @Nullable UUID uuid,
        @Nullable Instant at,
        @Nullable LocalDate day) {}
