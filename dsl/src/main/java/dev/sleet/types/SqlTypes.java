package dev.sleet.types;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The standard type mappings. Each constant is a {@link SqlType}: how a Java value is bound and how it is read
 * back.
 *
 * <table>
 *   <caption>Java types and how Sleet stores them</caption>
 *   <tr><th>Java</th><th>column type</th><th>stored as</th><th>constant</th></tr>
 *   <tr><td>String</td><td>TEXT</td><td>the text</td><td>{@link #STRING}</td></tr>
 *   <tr><td>int / Integer</td><td>INTEGER</td><td>the number</td><td>{@link #INTEGER}</td></tr>
 *   <tr><td>long / Long</td><td>INTEGER</td><td>the number</td><td>{@link #LONG}</td></tr>
 *   <tr><td>short / Short</td><td>INTEGER</td><td>the number</td><td>{@link #SHORT}</td></tr>
 *   <tr><td>byte / Byte</td><td>INTEGER</td><td>the number</td><td>{@link #BYTE}</td></tr>
 *   <tr><td>double / Double</td><td>REAL</td><td>the number</td><td>{@link #DOUBLE}</td></tr>
 *   <tr><td>float / Float</td><td>REAL</td><td>the number</td><td>{@link #FLOAT}</td></tr>
 *   <tr><td>boolean / Boolean</td><td>INTEGER</td><td>1 or 0</td><td>{@link #BOOLEAN}</td></tr>
 *   <tr><td>byte[]</td><td>BLOB</td><td>the bytes</td><td>{@link #BYTES}</td></tr>
 *   <tr><td>BigDecimal</td><td>TEXT</td><td>exact plain text, {@code 12.50}</td><td>{@link #BIG_DECIMAL}</td></tr>
 *   <tr><td>UUID</td><td>TEXT</td><td>{@code 8-4-4-4-12} hex text</td><td>{@link #UUID}</td></tr>
 *   <tr><td>an enum</td><td>TEXT</td><td>the constant's name</td><td>{@link #enumByName}</td></tr>
 *   <tr><td>Instant</td><td>TEXT</td><td>{@code YYYY-MM-DD HH:MM:SS[.SSS]} in UTC, as {@code datetime('now')}
 *       writes</td><td>{@link #INSTANT}</td></tr>
 *   <tr><td>Instant</td><td>INTEGER</td><td>seconds since the epoch</td>
 *       <td>{@link #INSTANT_EPOCH_SECONDS}</td></tr>
 *   <tr><td>Instant</td><td>INTEGER</td><td>milliseconds since the epoch</td>
 *       <td>{@link #INSTANT_EPOCH_MILLIS}</td></tr>
 *   <tr><td>LocalDateTime</td><td>TEXT</td><td>{@code YYYY-MM-DD HH:MM:SS[.SSS]}, taken as UTC</td>
 *       <td>{@link #LOCAL_DATE_TIME}</td></tr>
 *   <tr><td>LocalDateTime</td><td>INTEGER</td><td>seconds or milliseconds since the epoch, taken as UTC</td>
 *       <td>{@link #LOCAL_DATE_TIME_EPOCH_SECONDS}, {@link #LOCAL_DATE_TIME_EPOCH_MILLIS}</td></tr>
 *   <tr><td>LocalDate</td><td>TEXT</td><td>{@code YYYY-MM-DD}</td><td>{@link #LOCAL_DATE}</td></tr>
 *   <tr><td>any type</td><td>TEXT</td><td>JSON written by Jackson</td><td>{@link #json(Class)}</td></tr>
 *   <tr><td>any type</td><td>as its base</td><td>through a {@link Converter}</td><td>{@link SqlType#map}</td></tr>
 * </table>
 *
 * <p>Timestamps keep milliseconds; finer digits are dropped when written. Reading accepts what D1 and other tools
 * write: a {@code T} or a space between date and time, up to nine fraction digits, a trailing {@code Z}.
 */
public final class SqlTypes {

    /** Text. */
    public static final SqlType<String> STRING =
            new BasicType<>("String as TEXT", StorageClass.TEXT, s -> s, RowCursor::getString);

    /** 32-bit integers; reading a value outside the int range fails rather than wrapping. */
    public static final SqlType<Integer> INTEGER = integral("Integer", Math::toIntExact, Integer::longValue);

    /** 64-bit integers. */
    public static final SqlType<Long> LONG = integral("Long", v -> v, v -> v);

    /** 16-bit integers; reading a value outside the short range fails rather than wrapping. */
    public static final SqlType<Short> SHORT =
            integral("Short", v -> (short) checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "Short"), Short::longValue);

    /** 8-bit integers; reading a value outside the byte range fails rather than wrapping. */
    public static final SqlType<Byte> BYTE =
            integral("Byte", v -> (byte) checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte"), Byte::longValue);

    /** Doubles. */
    public static final SqlType<Double> DOUBLE = real("Double", d -> d, Double::doubleValue);

    /** Floats, widened to double when stored. */
    public static final SqlType<Float> FLOAT = real("Float", d -> (float) d, Float::doubleValue);

    /** Booleans as INTEGER 1 and 0; any non-zero number reads as true. */
    public static final SqlType<Boolean> BOOLEAN = integral("Boolean", v -> v != 0, b -> b ? 1L : 0L);

    /** Bytes as a BLOB. */
    public static final SqlType<byte[]> BYTES =
            new BasicType<>("byte[] as BLOB", StorageClass.BLOB, b -> b, RowCursor::getBytes);

    /** Exact decimals as plain text ({@code 12.50}), so no digit is lost to floating point. */
    public static final SqlType<BigDecimal> BIG_DECIMAL =
            text("BigDecimal", BigDecimal::toPlainString, BigDecimal::new);

    /** UUIDs as their standard text. */
    public static final SqlType<UUID> UUID = text("UUID", java.util.UUID::toString, java.util.UUID::fromString);

    /** Instants as D1 timestamp text in UTC, the format of {@code datetime('now')}. */
    public static final SqlType<Instant> INSTANT = text(
            "Instant",
            i -> Timestamps.format(utcDateTime(i)),
            s -> Timestamps.parse(s).toInstant(ZoneOffset.UTC));

    /** Instants as whole seconds since the epoch (fractions of a second are dropped). */
    public static final SqlType<Instant> INSTANT_EPOCH_SECONDS =
            integral("Instant as epoch seconds", Instant::ofEpochSecond, Instant::getEpochSecond);

    /** Instants as milliseconds since the epoch. */
    public static final SqlType<Instant> INSTANT_EPOCH_MILLIS =
            integral("Instant as epoch milliseconds", Instant::ofEpochMilli, Instant::toEpochMilli);

    /** Local date-times as D1 timestamp text, taken as UTC. */
    public static final SqlType<LocalDateTime> LOCAL_DATE_TIME =
            text("LocalDateTime", Timestamps::format, Timestamps::parse);

    /** Local date-times as whole seconds since the epoch, taken as UTC. */
    public static final SqlType<LocalDateTime> LOCAL_DATE_TIME_EPOCH_SECONDS = INSTANT_EPOCH_SECONDS.map(utc());

    /** Local date-times as milliseconds since the epoch, taken as UTC. */
    public static final SqlType<LocalDateTime> LOCAL_DATE_TIME_EPOCH_MILLIS = INSTANT_EPOCH_MILLIS.map(utc());

    /** Dates as {@code YYYY-MM-DD}, the format of {@code date('now')}. */
    public static final SqlType<LocalDate> LOCAL_DATE = text("LocalDate", LocalDate::toString, LocalDate::parse);

    private SqlTypes() {}

    /** Enum constants stored by name; reading a name the enum does not have fails with the name in the message. */
    public static <E extends Enum<E>> SqlType<E> enumByName(Class<E> type) {
        return text(type.getSimpleName(), Enum::name, name -> {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a constant of " + type.getName()
                                + ": the column holds a name the enum lacks",
                        e);
            }
        });
    }

    /** Any Java type stored as JSON text, written and read by Jackson. */
    public static <T> SqlType<T> json(Class<T> type) {
        return json(JsonCodec.MAPPER.constructType(type));
    }

    /** A generic Java type stored as JSON text, such as {@code new TypeReference<List<String>>() {}}. */
    public static <T> SqlType<T> json(TypeReference<T> type) {
        return json(JsonCodec.MAPPER.constructType(type));
    }

    private static <T> SqlType<T> json(JavaType type) {
        return text("JSON " + type.toCanonical(), JsonCodec::write, s -> JsonCodec.read(s, type));
    }

    /**
     * Whether a type stores integers that may need all 64 bits, which a transport reading numbers as doubles (D1's
     * JSON) would round beyond 2^53: {@link #LONG} and the epoch timestamps, and any type mapped from one of them
     * through converters ({@link SqlType#map}). Their readers read a 64-bit integer sent as text exactly.
     */
    public static boolean isWideInteger(SqlType<?> type) {
        SqlType<?> stored = type;
        while (stored instanceof ConvertedType<?, ?> converted) {
            stored = converted.stored();
        }
        return stored == LONG || stored == INSTANT_EPOCH_SECONDS || stored == INSTANT_EPOCH_MILLIS;
    }

    /**
     * The standard mapping for a Java class, as used for values bound to raw SQL.
     *
     * @throws IllegalArgumentException when Sleet has no standard mapping for the class
     */
    @SuppressWarnings("unchecked")
    public static <T> SqlType<T> forClass(Class<T> type) {
        SqlType<?> found = StandardTypes.forClass(type);
        if (found == null) {
            throw new IllegalArgumentException("Sleet has no standard mapping for " + type.getName()
                    + ": use a SqlType from SqlTypes (json, enumByName) or SqlType.map with a Converter");
        }
        return (SqlType<T>) found;
    }

    /**
     * The storage value Sleet binds for a plain Java value, by its class's standard mapping: numbers as integers or
     * reals, booleans as 1/0, enums by name, timestamps as D1 text and so on.
     */
    @SuppressWarnings("unchecked")
    public static @Nullable Object toStorage(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return ((SqlType<Object>) forClass(value.getClass())).toSql(value);
    }

    private static <T> SqlType<T> integral(
            String name, java.util.function.LongFunction<T> fromLong, Function<T, Long> toLong) {
        return new BasicType<>(name + " as INTEGER", StorageClass.INTEGER, v -> toLong.apply(v), (row, i) -> {
            long value = row.getLong(i);
            return row.wasNull() ? null : fromLong.apply(value);
        });
    }

    private static <T> SqlType<T> real(
            String name, java.util.function.DoubleFunction<T> fromDouble, Function<T, Double> toDouble) {
        return new BasicType<>(name + " as REAL", StorageClass.REAL, v -> toDouble.apply(v), (row, i) -> {
            double value = row.getDouble(i);
            return row.wasNull() ? null : fromDouble.apply(value);
        });
    }

    private static <T> SqlType<T> text(String name, Function<T, String> toText, Function<String, T> fromText) {
        return new BasicType<>(name + " as TEXT", StorageClass.TEXT, v -> toText.apply(v), (row, i) -> {
            String value = row.getString(i);
            return value == null ? null : fromText.apply(value);
        });
    }

    private static Converter<LocalDateTime, Instant> utc() {
        return Converter.of(ldt -> ldt.toInstant(ZoneOffset.UTC), SqlTypes::utcDateTime);
    }

    /** The instant as a UTC date-time, without the zone rules {@code LocalDateTime.ofInstant} builds on every call. */
    private static LocalDateTime utcDateTime(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    private static long checkRange(long value, long min, long max, String type) {
        if (value < min || value > max) {
            throw new ArithmeticException(value + " does not fit in a " + type);
        }
        return value;
    }
}
