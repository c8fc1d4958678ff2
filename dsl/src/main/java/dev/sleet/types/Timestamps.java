package dev.sleet.types;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.jspecify.annotations.Nullable;

/**
 * D1's timestamp text: {@code YYYY-MM-DD HH:MM:SS}, the format of {@code datetime('now')}, with {@code .SSS}
 * milliseconds when there are any. Reading also accepts a {@code T} separator, up to nine fraction digits and a
 * trailing {@code Z}, so ISO-8601 text written by other tools reads too.
 *
 * <p>Timestamps are read and written for every row, so the usual shapes take a direct path that does what the
 * formatters do without their per-call objects; anything else, and any value the direct path cannot vouch for
 * (such as February 30th, which the formatters resolve), goes through the formatters.
 */
final class Timestamps {

    private static final DateTimeFormatter WRITE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter WRITE_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendLiteral('Z')
            .optionalEnd()
            .toFormatter();

    /** {@code YYYY-MM-DD HH:MM:SS}: the fields every direct read and write has. */
    private static final int SECONDS_LENGTH = 19;

    private Timestamps() {}

    /** Formats a UTC date-time; sub-millisecond digits are dropped. */
    static String format(LocalDateTime utc) {
        int millis = utc.getNano() / 1_000_000;
        int year = utc.getYear();
        if (year < 0 || year > 9_999) {
            return millis == 0 ? WRITE_SECONDS.format(utc) : WRITE_MILLIS.format(utc);
        }
        char[] text = new char[millis == 0 ? SECONDS_LENGTH : SECONDS_LENGTH + 4];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        if (millis != 0) {
            text[19] = '.';
            digits(text, 20, millis, 3);
        }
        return new String(text);
    }

    /** Parses D1 timestamp text as a UTC date-time. */
    static LocalDateTime parse(String text) {
        LocalDateTime direct = parseDirect(text);
        if (direct != null) {
            return direct;
        }
        try {
            return LocalDateTime.parse(text, READ);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a timestamp in D1's format YYYY-MM-DD HH:MM:SS[.SSS]", e);
        }
    }

    /** {@code YYYY-MM-DD[ T]HH:MM:SS[.f{1,9}][Z]} with valid fields, read directly; null for anything else. */
    private static @Nullable LocalDateTime parseDirect(String text) {
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == 'Z') {
            length--;
        }
        if (length < SECONDS_LENGTH
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || (text.charAt(10) != ' ' && text.charAt(10) != 'T')) {
            return null;
        }
        int nanos = 0;
        if (length > SECONDS_LENGTH) {
            int fractionDigits = length - SECONDS_LENGTH - 1;
            if (text.charAt(SECONDS_LENGTH) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = number(text, SECONDS_LENGTH + 1, fractionDigits);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return null; // a day or hour the formatter resolves (February 30th, 24:00), or reports
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code start}; -1 when one is not a digit. */
    private static int number(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void digits(char[] text, int start, int value, int count) {
        for (int i = start + count - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
