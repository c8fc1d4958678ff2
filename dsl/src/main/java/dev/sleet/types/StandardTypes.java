package dev.sleet.types;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** The standard mapping of each Java class, for values whose column type Sleet does not know (raw SQL). */
final class StandardTypes {

    private static final Map<Class<?>, SqlType<?>> BY_CLASS = new ConcurrentHashMap<>(Map.ofEntries(
            Map.entry(String.class, SqlTypes.STRING),
            Map.entry(Integer.class, SqlTypes.INTEGER),
            Map.entry(int.class, SqlTypes.INTEGER),
            Map.entry(Long.class, SqlTypes.LONG),
            Map.entry(long.class, SqlTypes.LONG),
            Map.entry(Short.class, SqlTypes.SHORT),
            Map.entry(short.class, SqlTypes.SHORT),
            Map.entry(Byte.class, SqlTypes.BYTE),
            Map.entry(byte.class, SqlTypes.BYTE),
            Map.entry(Double.class, SqlTypes.DOUBLE),
            Map.entry(double.class, SqlTypes.DOUBLE),
            Map.entry(Float.class, SqlTypes.FLOAT),
            Map.entry(float.class, SqlTypes.FLOAT),
            Map.entry(Boolean.class, SqlTypes.BOOLEAN),
            Map.entry(boolean.class, SqlTypes.BOOLEAN),
            Map.entry(byte[].class, SqlTypes.BYTES),
            Map.entry(BigDecimal.class, SqlTypes.BIG_DECIMAL),
            Map.entry(UUID.class, SqlTypes.UUID),
            Map.entry(Instant.class, SqlTypes.INSTANT),
            Map.entry(LocalDateTime.class, SqlTypes.LOCAL_DATE_TIME),
            Map.entry(LocalDate.class, SqlTypes.LOCAL_DATE)));

    private StandardTypes() {}

    /** The mapping for a class, or null when there is none. Enums map by name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable SqlType<?> forClass(Class<?> type) {
        SqlType<?> found = BY_CLASS.get(type);
        if (found != null) {
            return found;
        }
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        if (enumType != null && enumType.isEnum()) {
            return BY_CLASS.computeIfAbsent(type, t -> SqlTypes.enumByName((Class) enumType));
        }
        return null;
    }
}
