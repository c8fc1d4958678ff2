package dev.sleet.types;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * D1's timestamp text: {@code YYYY-MM-DD HH:MM:SS}, the format of {@code datetime('now')}, with {@code .SSS}
 * milliseconds when there are any. Reading also accepts a {@code T} separator, up to nine fraction digits and a
 * trailing {@code Z}, so ISO-8601 text written by other tools reads too.
 */
final class Timestamps {

  private static final DateTimeFormatter WRITE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter WRITE_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
  private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd")
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendLiteral('Z').optionalEnd()
      .toFormatter();

  private Timestamps() {}

  /** Formats a UTC date-time; sub-millisecond digits are dropped. */
  static String format(LocalDateTime utc) {
    return utc.getNano() / 1_000_000 == 0 ? WRITE_SECONDS.format(utc) : WRITE_MILLIS.format(utc);
  }

  /** Parses D1 timestamp text as a UTC date-time. */
  static LocalDateTime parse(String text) {
    try {
      return LocalDateTime.parse(text, READ);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a timestamp in D1's format YYYY-MM-DD HH:MM:SS[.SSS]", e);
    }
  }
}
