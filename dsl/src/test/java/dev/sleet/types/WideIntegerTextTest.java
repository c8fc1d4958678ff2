package dev.sleet.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 64-bit integer types, selected as text for a transport that would round them, read back exactly from that text,
 * through any converters that wrap them.
 */
class WideIntegerTextTest {

    record AccountId(long value) {}

    private static final SqlType<AccountId> ACCOUNT_ID =
            SqlTypes.LONG.map(Converter.of(AccountId::value, AccountId::new));

    @Test
    void longsAndTheirConversionsAreWide() {
        assertThat(SqlTypes.isWideInteger(SqlTypes.LONG)).isTrue();
        assertThat(SqlTypes.isWideInteger(ACCOUNT_ID)).isTrue();
        assertThat(SqlTypes.isWideInteger(SqlTypes.INSTANT_EPOCH_MILLIS)).isTrue();
        assertThat(SqlTypes.isWideInteger(SqlTypes.LOCAL_DATE_TIME_EPOCH_SECONDS))
                .isTrue();
        assertThat(SqlTypes.isWideInteger(SqlTypes.INTEGER)).isFalse();
        assertThat(SqlTypes.isWideInteger(SqlTypes.BOOLEAN)).isFalse();
        assertThat(SqlTypes.isWideInteger(SqlTypes.DOUBLE)).isFalse();
        assertThat(SqlTypes.isWideInteger(
                        SqlTypes.STRING.map(Converter.<Long, String>of(String::valueOf, Long::valueOf))))
                .isFalse();
    }

    @Test
    void aConvertedLongReadsTheExactValueFromText() {
        ValuesCursor row = new ValuesCursor(List.of("id", "none"), new Object[] {"9007199254740993", null});
        assertThat(ACCOUNT_ID.read(row, 1)).isEqualTo(new AccountId(9_007_199_254_740_993L));
        assertThat(ACCOUNT_ID.read(row, 2)).isNull();
        assertThat(SqlTypes.LONG.read(ValuesCursor.of("-9223372036854775808"), 1))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(SqlTypes.INSTANT_EPOCH_MILLIS.read(ValuesCursor.of("1700000000123"), 1))
                .isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
    }
}
