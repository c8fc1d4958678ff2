package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an {@code Instant} or {@code LocalDateTime} component is stored; without it, as D1 timestamp text.
 *
 * <pre>{@code
 * record Event(@PrimaryKey Long id, @Timestamp(Timestamp.Mode.EPOCH_MILLIS) Instant at) {}
 * }</pre>
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface Timestamp {

    /** The storage. */
    Mode value();

    /** Timestamp storages. */
    enum Mode {
        /** TEXT {@code YYYY-MM-DD HH:MM:SS[.SSS]} in UTC, the format of {@code datetime('now')}. */
        TEXT,
        /** INTEGER seconds since the epoch. */
        EPOCH_SECONDS,
        /** INTEGER milliseconds since the epoch. */
        EPOCH_MILLIS
    }
}
