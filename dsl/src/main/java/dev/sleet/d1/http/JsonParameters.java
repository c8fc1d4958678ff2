package dev.sleet.d1.http;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes bound values survive D1's JSON transport, which binds JSON numbers as doubles: each {@code ?} bound to an
 * integer becomes {@code +CAST(? AS INTEGER)} with the integer sent as text, so it is stored exactly and as
 * INTEGER (the unary plus drops the cast's INTEGER affinity, so a comparison with a TEXT column behaves as it does
 * with a bound integer); each bound to bytes becomes {@code unhex(?)} with the bytes sent as hex; an infinity
 * becomes {@code CAST(? AS REAL)} of {@code 1e999}, and NaN travels as null, which is what SQLite stores for it.
 * Other reals and text travel as they are. Placeholders inside strings, quoted names and comments are left alone; {@code ?NNN} is
 * numbered as SQLite numbers it (a plain {@code ?} takes the number after the largest one so far).
 *
 * @param sql    the rewritten SQL
 * @param values the values to send as JSON
 */
record JsonParameters(String sql, List<Object> values) {

    static JsonParameters of(String sql, List<Object> parameters) {
        StringBuilder out = new StringBuilder(sql.length() + 16 * parameters.size());
        int largest = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                out.append(sql, i, skip);
                i = skip;
            } else if (c == '?') {
                int end = i + 1;
                while (end < sql.length() && sql.charAt(end) >= '0' && sql.charAt(end) <= '9') {
                    end++;
                }
                int number = end > i + 1 ? parseNumber(sql.substring(i + 1, end)) : largest + 1;
                largest = Math.max(largest, number);
                int index = number - 1;
                String placeholder = sql.substring(i, end);
                Object value = index >= 0 && index < parameters.size() ? parameters.get(index) : null;
                out.append(
                        value instanceof Long
                                ? "+CAST(" + placeholder + " AS INTEGER)"
                                : value instanceof byte[]
                                        ? "unhex(" + placeholder + ")"
                                        : value instanceof Double d && d.isInfinite()
                                                ? "CAST(" + placeholder + " AS REAL)"
                                                : placeholder);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        List<Object> values = new ArrayList<>(parameters.size());
        for (Object p : parameters) {
            values.add(json(p));
        }
        return new JsonParameters(out.toString(), values);
    }

    /** A value as it travels: JSON has no integers beyond 2^53, no bytes, no NaN and no infinities. */
    private static @Nullable Object json(@Nullable Object value) {
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        if (value instanceof Double d && d.isNaN()) {
            return null; // SQLite stores a bound NaN as NULL
        }
        if (value instanceof Double d && d.isInfinite()) {
            return d > 0 ? "1e999" : "-1e999"; // read back as infinity by CAST(? AS REAL)
        }
        return value;
    }

    /** A {@code ?NNN} number; one too large to be valid is left for D1 to refuse. */
    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The index after a string, quoted name or comment starting at {@code i}, or {@code i} if none starts there. */
    private static int skipQuotedOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            char close = c == '[' ? ']' : c;
            int end = sql.indexOf(close, i + 1);
            return end < 0 ? sql.length() : end + 1;
        }
        if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end;
        }
        if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        return i;
    }
}
