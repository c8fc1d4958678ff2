package dev.sleet.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct paths of timestamp reading and writing give what the formatters give, for every shape. */
class TimestampsTest {

    /** The formatters as they were before the direct paths: the reference. */
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

    private static final DateTimeFormatter WRITE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter WRITE_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-01 00:00:00",
                "2025-12-31 23:59:59",
                "2024-02-29 12:34:56",
                "0001-01-01 00:00:00",
                "9999-12-31 23:59:59",
                "2025-06-01 10:00:00.5",
                "2025-06-01 10:00:00.25",
                "2025-06-01 10:00:00.125",
                "2025-06-01 10:00:00.123456789",
                "2025-06-01T10:00:00",
                "2025-06-01T10:00:00Z",
                "2025-06-01 10:00:00.250Z",
                "2025-06-01 10:00",
                "2025-06-01T10:00Z",
                "2025-02-30 10:00:00",
                "2025-02-29 10:00:00",
                "2025-04-31 00:00:00"
            })
    void readsWhatTheFormatterReads(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(LocalDateTime.parse(text, READ));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-13-01 00:00:00",
                "2025-01-01 25:00:00",
                "2025-01-01 10:60:00",
                "2025-1-01 10:00:00",
                "2025-01-01 10:00:00.",
                "2025-01-01 10:00:00.1234567890",
                "2025-01-01x10:00:00",
                "2025-01-01 10:00:0a",
                "x025-01-01 10:00:00",
                "2025-01-01",
                ""
            })
    void refusesWhatTheFormatterRefuses(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a timestamp in D1's format");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-01T00:00:00",
                "2025-12-31T23:59:59.999",
                "2025-06-01T10:00:00.000999",
                "2025-06-01T10:00:00.5",
                "0001-01-01T00:00:00",
                "9999-12-31T23:59:59.001",
                "-0001-01-01T00:00:00",
                "+10000-01-01T00:00:00.250"
            })
    void writesWhatTheFormatterWrites(String iso) {
        LocalDateTime utc = LocalDateTime.parse(iso);
        String expected = utc.getNano() / 1_000_000 == 0 ? WRITE_SECONDS.format(utc) : WRITE_MILLIS.format(utc);
        assertThat(Timestamps.format(utc)).isEqualTo(expected);
    }
}
