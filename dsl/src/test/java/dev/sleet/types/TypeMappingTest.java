package dev.sleet.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.sleet.expr.Functions;
import dev.sleet.fixtures.EngineTest;
import dev.sleet.fixtures.Engines;
import dev.sleet.fixtures.Engines.Engine;
import dev.sleet.result.Row;
import dev.sleet.table.ColumnOption;
import dev.sleet.table.NumberColumn;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.tuple.Tuple2;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Every standard mapping, written to a real table and read back: through the DSL (a one-column table per test), and
 * through raw SQL ({@code prepare(...).bind(...)} and {@link Row#get(String, Class)}).
 */
class TypeMappingTest extends EngineTest {

    private int tables;

    /** A table of one nullable column {@code v} of some type, with a rowid primary key {@code id}. */
    static final class Box<T> extends SqlTable<T> {
        final NumberColumn<Long> id;
        final SqlColumn<T> v;
        private final SqlType<T> type;

        Box(String name, SqlType<T> type) {
            this(name, null, type);
        }

        private Box(String name, String alias, SqlType<T> type) {
            super(name, alias);
            this.type = type;
            this.id = numberColumn("id", SqlTypes.LONG, ColumnOption.PRIMARY_KEY, ColumnOption.HAS_DEFAULT);
            this.v = column("v", type, ColumnOption.NULLABLE);
        }

        @Override
        public Box<T> as(String alias) {
            return new Box<>(name(), alias, type);
        }

        @Override
        protected T readRow(RowCursor row, int first) {
            return read(v, row, first + 1);
        }

        @Override
        protected Object[] storageValues(T value) {
            return new Object[] {null, toSql(v, value)};
        }
    }

    /** Creates a fresh table whose column {@code v} is declared {@code declared}. */
    private <T> Box<T> box(String declared, SqlType<T> type) {
        String name = "box_" + (++tables);
        db.exec("CREATE TABLE " + name + " (id INTEGER PRIMARY KEY, v " + declared + ")");
        return new Box<>(name, type);
    }

    /** Writes each value with the DSL into a new table and reads them back, in order. */
    @SafeVarargs
    private <T> List<T> dslRoundTrip(Box<T> box, T... values) {
        for (T value : values) {
            db.insertInto(box).set(box.v, value).run();
        }
        return db.select(box.v).from(box).orderBy(box.id.asc()).all();
    }

    private <T> T dslRoundTrip(String declared, SqlType<T> type, T value) {
        Box<T> box = box(declared, type);
        db.insertInto(box).set(box.v, value).run();
        return db.select(box.v).from(box).all().get(0);
    }

    /** The storage value SQLite holds, and its {@code typeof}, for row {@code id} of a box. */
    private Tuple2<Object, String> stored(Box<?> box, long id) {
        Row row = db.prepare("SELECT v, typeof(v) AS t FROM " + box.name() + " WHERE id = ?")
                .bind(id)
                .first()
                .orElseThrow();
        return new Tuple2<>(row.get("v"), (String) row.get("t"));
    }

    /** Binds a value to raw SQL, stores it, and reads it back with {@link Row#get(String, Class)}. */
    private <T> T rawRoundTrip(String declared, Class<T> type, T value) {
        String name = "raw_" + (++tables);
        db.exec("CREATE TABLE " + name + " (v " + declared + ")");
        db.prepare("INSERT INTO " + name + " (v) VALUES (?)").bind(value).run();
        return db.prepare("SELECT v FROM " + name).first().orElseThrow().get("v", type);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Text

    @Engines.OnBoth
    void stringsRoundTripIncludingEmojiEmptyAndQuotes(Engine engine) {
        openEmpty(engine);
        Box<String> box = box("TEXT", SqlTypes.STRING);
        String[] values = {"hello", "", "emoji 😀 and flag 🇯🇵", "quote ' \" ; --", "line\nbreak\ttab", "ünïcödé"};

        List<String> read = dslRoundTrip(box, values);

        assertThat(read).containsExactly(values);
        assertThat(stored(box, 2)).isEqualTo(new Tuple2<>("", "text"));
        Row third = db.prepare("SELECT length(v) AS n, hex(substr(v, 7, 1)) AS h FROM " + box.name() + " WHERE id = 3")
                .first()
                .orElseThrow();
        assertThat(third.getLong("n"))
                .as("SQLite counts the emoji as characters, so it was sent as real UTF-8")
                .isEqualTo("emoji 😀 and flag 🇯🇵".codePointCount(0, "emoji 😀 and flag 🇯🇵".length()));
        assertThat(third.get("h")).isEqualTo("F09F9880");
        assertThat(rawRoundTrip("TEXT", String.class, "emoji 😀")).isEqualTo("emoji 😀");
        assertThat(rawRoundTrip("TEXT", String.class, "")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Integers

    @Engines.OnBoth
    void integersRoundTripAtTheirExtremes(Engine engine) {
        openEmpty(engine);
        Box<Integer> box = box("INTEGER", SqlTypes.INTEGER);

        assertThat(dslRoundTrip(box, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1))
                .containsExactly(Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>((long) Integer.MAX_VALUE, "integer"));
        assertThat(rawRoundTrip("INTEGER", Integer.class, Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    }

    @Engines.OnBoth
    void longsRoundTripExactlyAtTheirExtremesAndBeyondDoublePrecision(Engine engine) {
        openEmpty(engine);
        Box<Long> box = box("INTEGER", SqlTypes.LONG);
        long beyondDouble = (1L << 53) + 1;

        assertThat(dslRoundTrip(box, Long.MAX_VALUE, Long.MIN_VALUE, beyondDouble, 0L))
                .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE, beyondDouble, 0L);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>(Long.MAX_VALUE, "integer"));
        assertThat(stored(box, 3)).isEqualTo(new Tuple2<>(9007199254740993L, "integer"));
        assertThat(db.prepare("SELECT id FROM " + box.name() + " WHERE v = 9007199254740993")
                        .first("id"))
                .contains(3L);
        assertThat(db.select(box.id).from(box).where(box.v.eq(beyondDouble)).all())
                .containsExactly(3L);
        assertThat(rawRoundTrip("INTEGER", Long.class, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(rawRoundTrip("INTEGER", Long.class, beyondDouble)).isEqualTo(beyondDouble);
    }

    @Engines.OnBoth
    void readingAnIntegerOutsideTheIntRangeFailsInsteadOfWrapping(Engine engine) {
        openEmpty(engine);
        Box<Long> longs = box("INTEGER", SqlTypes.LONG);
        dslRoundTrip(longs, 1L + Integer.MAX_VALUE);

        assertThatThrownBy(() -> db.select(Functions.raw(SqlTypes.INTEGER, "v"))
                        .from(longs)
                        .all())
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> db.prepare("SELECT v FROM " + longs.name()).first("v", Integer.class))
                .isInstanceOf(ArithmeticException.class);
    }

    @Engines.OnBoth
    void shortsAndBytesRoundTripAtTheirExtremes(Engine engine) {
        openEmpty(engine);
        Box<Short> shorts = box("INTEGER", SqlTypes.SHORT);
        Box<Byte> bytes = box("INTEGER", SqlTypes.BYTE);

        assertThat(dslRoundTrip(shorts, Short.MAX_VALUE, Short.MIN_VALUE, (short) 0))
                .containsExactly(Short.MAX_VALUE, Short.MIN_VALUE, (short) 0);
        assertThat(dslRoundTrip(bytes, Byte.MAX_VALUE, Byte.MIN_VALUE, (byte) 0))
                .containsExactly(Byte.MAX_VALUE, Byte.MIN_VALUE, (byte) 0);
        assertThat(stored(shorts, 2)).isEqualTo(new Tuple2<>(-32768L, "integer"));
        assertThat(stored(bytes, 1)).isEqualTo(new Tuple2<>(127L, "integer"));
        assertThat(rawRoundTrip("INTEGER", Short.class, (short) -300)).isEqualTo((short) -300);
        assertThat(rawRoundTrip("INTEGER", Byte.class, (byte) -7)).isEqualTo((byte) -7);
    }

    @Engines.OnBoth
    void readingAShortOrByteOutOfRangeFailsWithArithmeticException(Engine engine) {
        openEmpty(engine);
        Box<Long> longs = box("INTEGER", SqlTypes.LONG);
        dslRoundTrip(longs, 40_000L);
        Box<Long> small = box("INTEGER", SqlTypes.LONG);
        dslRoundTrip(small, 200L);
        Box<Long> negative = box("INTEGER", SqlTypes.LONG);
        dslRoundTrip(negative, -129L);

        assertThatThrownBy(() -> db.select(Functions.raw(SqlTypes.SHORT, "v"))
                        .from(longs)
                        .all())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("40000");
        assertThatThrownBy(() ->
                        db.select(Functions.raw(SqlTypes.BYTE, "v")).from(small).all())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("200");
        assertThatThrownBy(() -> db.select(Functions.raw(SqlTypes.BYTE, "v"))
                        .from(negative)
                        .all())
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> db.prepare("SELECT v FROM " + longs.name())
                        .first()
                        .orElseThrow()
                        .get("v", Short.class))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> db.prepare("SELECT v FROM " + small.name()).first("v", Byte.class))
                .isInstanceOf(ArithmeticException.class);
        assertThat(db.select(Functions.raw(SqlTypes.SHORT, "v")).from(small).all())
                .containsExactly((short) 200);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reals

    @Engines.OnBoth
    void doublesRoundTripBitForBit(Engine engine) {
        openEmpty(engine);
        Box<Double> box = box("REAL", SqlTypes.DOUBLE);
        Double[] values = {0.1, -1.5e300, Double.MIN_VALUE, Double.MAX_VALUE, 1.0, Math.PI, -0.000123};

        assertThat(dslRoundTrip(box, values)).containsExactly(values);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>(0.1, "real"));
        assertThat(stored(box, 5)).isEqualTo(new Tuple2<>(1.0, "real"));
        assertThat(rawRoundTrip("REAL", Double.class, Math.E)).isEqualTo(Math.E);
    }

    @Engines.OnBoth
    void floatsRoundTripThroughTheirDoubleWidening(Engine engine) {
        openEmpty(engine);
        Box<Float> box = box("REAL", SqlTypes.FLOAT);
        Float[] values = {3.14f, Float.MAX_VALUE, Float.MIN_VALUE, -0.5f, 0.1f};

        assertThat(dslRoundTrip(box, values)).containsExactly(values);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>((double) 3.14f, "real"));
        assertThat(rawRoundTrip("REAL", Float.class, 2.5f)).isEqualTo(2.5f);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Booleans and bytes

    @Engines.OnBoth
    void booleansAreStoredAsIntegerOneAndZero(Engine engine) {
        openEmpty(engine);
        Box<Boolean> box = box("INTEGER", SqlTypes.BOOLEAN);

        assertThat(dslRoundTrip(box, true, false)).containsExactly(true, false);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>(1L, "integer"));
        assertThat(stored(box, 2)).isEqualTo(new Tuple2<>(0L, "integer"));
        assertThat(db.prepare("SELECT id FROM " + box.name() + " WHERE v = 1").first("id"))
                .contains(1L);
        assertThat(db.select(box.id).from(box).where(box.v.eq(false)).all()).containsExactly(2L);
        db.prepare("INSERT INTO " + box.name() + " (v) VALUES (2)").run();
        assertThat(db.select(box.v).from(box).where(box.id.eq(3L)).all())
                .as("any non-zero number reads as true")
                .containsExactly(true);
        assertThat(rawRoundTrip("INTEGER", Boolean.class, true)).isTrue();
        assertThat(rawRoundTrip("INTEGER", Boolean.class, false)).isFalse();
    }

    @Engines.OnBoth
    void byteArraysRoundTripIncludingZeroBytesAndEmpty(Engine engine) {
        openEmpty(engine);
        Box<byte[]> box = box("BLOB", SqlTypes.BYTES);
        byte[] zeros = {0, 0, 0};
        byte[] mixed = {0, -1, 127, -128, 0};
        byte[] empty = {};
        byte[] large = new byte[100_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }

        List<byte[]> read = dslRoundTrip(box, zeros, mixed, empty, large);

        assertThat(read).hasSize(4);
        assertThat(read.get(0)).containsExactly(zeros);
        assertThat(read.get(1)).containsExactly(mixed);
        assertThat(read.get(2)).isNotNull().isEmpty();
        assertThat(read.get(3)).containsExactly(large);
        assertThat(stored(box, 1).value2()).isEqualTo("blob");
        assertThat(db.prepare("SELECT length(v) AS n, hex(v) AS h FROM " + box.name() + " WHERE id = 2")
                        .first()
                        .orElseThrow()
                        .toMap())
                .containsEntry("n", 5L)
                .containsEntry("h", "00FF7F8000");
        assertThat(rawRoundTrip("BLOB", byte[].class, mixed)).containsExactly(mixed);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Text-encoded types

    @Engines.OnBoth
    void bigDecimalsRoundTripExactlyWithTheirScale(Engine engine) {
        openEmpty(engine);
        Box<BigDecimal> box = box("TEXT", SqlTypes.BIG_DECIMAL);
        BigDecimal tenth = new BigDecimal("0.1");
        BigDecimal huge = new BigDecimal("123456789012345678901234567890.123456789");
        BigDecimal scaled = new BigDecimal("12.50");
        BigDecimal negative = new BigDecimal("-0.000000000000000000001");

        List<BigDecimal> read = dslRoundTrip(box, tenth, huge, scaled, negative);

        assertThat(read).containsExactly(tenth, huge, scaled, negative);
        assertThat(read.get(2).scale()).isEqualTo(2);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>("0.1", "text"));
        assertThat(stored(box, 2)).isEqualTo(new Tuple2<>("123456789012345678901234567890.123456789", "text"));
        assertThat(stored(box, 3)).isEqualTo(new Tuple2<>("12.50", "text"));
        assertThat(stored(box, 4)).isEqualTo(new Tuple2<>("-0.000000000000000000001", "text"));
        assertThat(rawRoundTrip("TEXT", BigDecimal.class, scaled)).isEqualTo(scaled);
    }

    @Engines.OnBoth
    void uuidsRoundTripAsTheirStandardText(Engine engine) {
        openEmpty(engine);
        Box<UUID> box = box("TEXT", SqlTypes.UUID);
        UUID fixed = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        UUID random = UUID.randomUUID();

        assertThat(dslRoundTrip(box, fixed, random)).containsExactly(fixed, random);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>("123e4567-e89b-12d3-a456-426614174000", "text"));
        assertThat(db.select(box.id).from(box).where(box.v.eq(random)).all()).containsExactly(2L);
        assertThat(rawRoundTrip("TEXT", UUID.class, random)).isEqualTo(random);
    }

    enum Plan {
        FREE,
        PRO,
        TEAM
    }

    enum Op {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS {
            @Override
            int apply(int a, int b) {
                return a - b;
            }
        };

        abstract int apply(int a, int b);
    }

    @Engines.OnBoth
    void enumsRoundTripByName(Engine engine) {
        openEmpty(engine);
        Box<Plan> box = box("TEXT", SqlTypes.enumByName(Plan.class));

        assertThat(dslRoundTrip(box, Plan.PRO, Plan.FREE, Plan.TEAM)).containsExactly(Plan.PRO, Plan.FREE, Plan.TEAM);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>("PRO", "text"));
        assertThat(db.select(box.id)
                        .from(box)
                        .where(box.v.in(Plan.TEAM, Plan.FREE))
                        .orderBy(box.id.asc())
                        .all())
                .containsExactly(2L, 3L);
        assertThat(rawRoundTrip("TEXT", Plan.class, Plan.TEAM)).isEqualTo(Plan.TEAM);
        assertThat(rawRoundTrip("TEXT", Op.class, Op.MINUS)).isEqualTo(Op.MINUS);
    }

    @Engines.OnBoth
    void readingAnEnumNameTheEnumLacksFailsNamingTheEnum(Engine engine) {
        openEmpty(engine);
        Box<Plan> box = box("TEXT", SqlTypes.enumByName(Plan.class));
        db.prepare("INSERT INTO " + box.name() + " (v) VALUES ('GOLD')").run();

        assertThatThrownBy(() -> db.select(box.v).from(box).all())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOLD")
                .hasMessageContaining(Plan.class.getName());
        assertThatThrownBy(() -> db.prepare("SELECT v FROM " + box.name()).first("v", Plan.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOLD")
                .hasMessageContaining(Plan.class.getName());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Timestamps

    @Engines.OnBoth
    void instantsAsTextAreWrittenInD1TimestampFormat(Engine engine) {
        openEmpty(engine);
        Box<Instant> box = box("TEXT", SqlTypes.INSTANT);
        Instant whole = Instant.parse("2024-03-05T06:07:08Z");
        Instant millis = Instant.parse("2024-03-05T06:07:08.123Z");
        Instant tenthOfASecond = Instant.parse("2024-03-05T06:07:08.100Z");
        Instant nanos = Instant.parse("2024-03-05T06:07:08.123456789Z");
        Instant microsOnly = Instant.parse("2024-03-05T06:07:08.000999Z");

        List<Instant> read = dslRoundTrip(box, whole, millis, tenthOfASecond, nanos, microsOnly, Instant.EPOCH);

        assertThat(read)
                .containsExactly(
                        whole, millis, tenthOfASecond, Instant.parse("2024-03-05T06:07:08.123Z"), whole, Instant.EPOCH);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08", "text"));
        assertThat(stored(box, 2)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08.123", "text"));
        assertThat(stored(box, 3)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08.100", "text"));
        assertThat(stored(box, 4)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08.123", "text"));
        assertThat(stored(box, 5)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08", "text"));
        assertThat(stored(box, 6)).isEqualTo(new Tuple2<>("1970-01-01 00:00:00", "text"));
        // SQLite's own formatting of the stored text gives the same text back: it is the format datetime() writes.
        assertThat(db.prepare("SELECT count(*) AS n FROM " + box.name() + " WHERE v = datetime(v)")
                        .first("n"))
                .contains(3L);
        assertThat(db.prepare("SELECT count(*) AS n FROM " + box.name() + " WHERE v = strftime('%Y-%m-%d %H:%M:%f', v)")
                        .first("n"))
                .contains(3L);
        assertThat(db.prepare("SELECT length(datetime('now')) AS n").first("n"))
                .contains((long) "2024-03-05 06:07:08".length());
    }

    @Engines.OnBoth
    void instantsAsTextCompareCorrectlyWithDatetimeNow(Engine engine) {
        openEmpty(engine);
        Box<Instant> box = box("TEXT", SqlTypes.INSTANT);
        Instant past = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant future = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        dslRoundTrip(box, past, future);

        assertThat(db.prepare("SELECT id FROM " + box.name() + " WHERE v < datetime('now') ORDER BY id")
                        .raw())
                .containsExactly(List.of(1L));
        assertThat(db.prepare("SELECT id FROM " + box.name() + " WHERE v > datetime('now', '+30 minutes')")
                        .raw())
                .containsExactly(List.of(2L));
        assertThat(db.select(box.id).from(box).where(box.v.gt(Instant.now())).all())
                .containsExactly(2L);
    }

    @Engines.OnBoth
    void instantsReadFromIsoTextAndFromDatetimeNow(Engine engine) {
        openEmpty(engine);
        Box<Instant> box = box("TEXT", SqlTypes.INSTANT);
        db.exec("INSERT INTO " + box.name() + " (v) VALUES ('2024-03-05T06:07:08Z');"
                + "INSERT INTO " + box.name() + " (v) VALUES ('2024-03-05T06:07:08.5Z');"
                + "INSERT INTO " + box.name() + " (v) VALUES ('2024-03-05 06:07:08.123456789');"
                + "INSERT INTO " + box.name() + " (v) VALUES ('2024-03-05T06:07');"
                + "INSERT INTO " + box.name() + " (v) VALUES (datetime('now'));"
                + "INSERT INTO " + box.name() + " (v) VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'));");

        List<Instant> read = db.select(box.v).from(box).orderBy(box.id.asc()).all();

        assertThat(read.subList(0, 4))
                .containsExactly(
                        Instant.parse("2024-03-05T06:07:08Z"),
                        Instant.parse("2024-03-05T06:07:08.500Z"),
                        Instant.parse("2024-03-05T06:07:08.123456789Z"),
                        Instant.parse("2024-03-05T06:07:00Z"));
        assertThat(Duration.between(read.get(4), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(read.get(5), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(db.prepare("SELECT v FROM " + box.name() + " WHERE id = 2").first("v", Instant.class))
                .contains(Instant.parse("2024-03-05T06:07:08.500Z"));
    }

    @Engines.OnBoth
    void instantsAsEpochSecondsAndMillisAreIntegers(Engine engine) {
        openEmpty(engine);
        Box<Instant> seconds = box("INTEGER", SqlTypes.INSTANT_EPOCH_SECONDS);
        Box<Instant> millis = box("INTEGER", SqlTypes.INSTANT_EPOCH_MILLIS);
        Instant at = Instant.parse("2024-03-05T06:07:08.123456Z");
        Instant beforeEpoch = Instant.parse("1969-07-20T20:17:40Z");

        assertThat(dslRoundTrip(seconds, at, beforeEpoch))
                .containsExactly(Instant.parse("2024-03-05T06:07:08Z"), beforeEpoch);
        assertThat(dslRoundTrip(millis, at, beforeEpoch))
                .containsExactly(Instant.parse("2024-03-05T06:07:08.123Z"), beforeEpoch);
        assertThat(stored(seconds, 1)).isEqualTo(new Tuple2<>(1709618828L, "integer"));
        assertThat(stored(seconds, 2)).isEqualTo(new Tuple2<>(-14182940L, "integer"));
        assertThat(stored(millis, 1)).isEqualTo(new Tuple2<>(1709618828123L, "integer"));
        assertThat(db.prepare("SELECT datetime(v, 'unixepoch') AS t FROM " + seconds.name() + " WHERE id = 1")
                        .first("t"))
                .contains("2024-03-05 06:07:08");
    }

    @Engines.OnBoth
    void localDateTimesRoundTripAsTextAndAsEpochNumbersTakenAsUtc(Engine engine) {
        openEmpty(engine);
        LocalDateTime whole = LocalDateTime.of(2024, 3, 5, 6, 7, 8);
        LocalDateTime withMillis = LocalDateTime.of(2024, 3, 5, 6, 7, 8, 123_000_000);
        Box<LocalDateTime> text = box("TEXT", SqlTypes.LOCAL_DATE_TIME);
        Box<LocalDateTime> seconds = box("INTEGER", SqlTypes.LOCAL_DATE_TIME_EPOCH_SECONDS);
        Box<LocalDateTime> millis = box("INTEGER", SqlTypes.LOCAL_DATE_TIME_EPOCH_MILLIS);

        assertThat(dslRoundTrip(text, whole, withMillis)).containsExactly(whole, withMillis);
        assertThat(dslRoundTrip(seconds, whole, withMillis)).containsExactly(whole, whole);
        assertThat(dslRoundTrip(millis, whole, withMillis)).containsExactly(whole, withMillis);
        assertThat(stored(text, 1)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08", "text"));
        assertThat(stored(text, 2)).isEqualTo(new Tuple2<>("2024-03-05 06:07:08.123", "text"));
        assertThat(stored(seconds, 1)).isEqualTo(new Tuple2<>(1709618828L, "integer"));
        assertThat(stored(millis, 2)).isEqualTo(new Tuple2<>(1709618828123L, "integer"));
        assertThat(rawRoundTrip("TEXT", LocalDateTime.class, withMillis)).isEqualTo(withMillis);
    }

    @Engines.OnBoth
    void localDatesRoundTripAsDateText(Engine engine) {
        openEmpty(engine);
        Box<LocalDate> box = box("TEXT", SqlTypes.LOCAL_DATE);
        LocalDate leap = LocalDate.of(2024, 2, 29);
        LocalDate early = LocalDate.of(999, 1, 2);

        assertThat(dslRoundTrip(box, leap, early)).containsExactly(leap, early);
        assertThat(stored(box, 1)).isEqualTo(new Tuple2<>("2024-02-29", "text"));
        assertThat(db.prepare("SELECT count(*) AS n FROM " + box.name() + " WHERE v = date(v)")
                        .first("n"))
                .contains(2L);
        assertThat(rawRoundTrip("TEXT", LocalDate.class, leap)).isEqualTo(leap);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // JSON and converters

    record Prefs(String theme, int fontSize, List<String> tags, Instant since) {}

    @Engines.OnBoth
    void jsonRecordsRoundTripAndAreReadableBySqliteJsonFunctions(Engine engine) {
        openEmpty(engine);
        Box<Prefs> box = box("TEXT", SqlTypes.json(Prefs.class));
        Prefs prefs = new Prefs("dark", 14, List.of("a", "b\"c"), Instant.parse("2024-03-05T06:07:08Z"));

        assertThat(dslRoundTrip("TEXT", SqlTypes.json(Prefs.class), prefs)).isEqualTo(prefs);
        dslRoundTrip(box, prefs);
        Row row = db.prepare("SELECT typeof(v) AS t, json_valid(v) AS ok, json_extract(v, '$.theme') AS theme, "
                        + "json_extract(v, '$.fontSize') AS size, json_extract(v, '$.tags[1]') AS tag, "
                        + "json_extract(v, '$.since') AS since FROM " + box.name())
                .first()
                .orElseThrow();
        assertThat(row.toMap())
                .containsEntry("t", "text")
                .containsEntry("ok", 1L)
                .containsEntry("theme", "dark")
                .containsEntry("size", 14L)
                .containsEntry("tag", "b\"c")
                .containsEntry("since", "2024-03-05T06:07:08Z");
    }

    @Engines.OnBoth
    void jsonOfAGenericListOfMapsRoundTripsWithSortedKeys(Engine engine) {
        openEmpty(engine);
        SqlType<List<Map<String, Object>>> type = SqlTypes.json(new TypeReference<List<Map<String, Object>>>() {});
        Box<List<Map<String, Object>>> box = box("TEXT", type);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", "x");
        first.put("a", 1);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("z", null);
        second.put("nested", List.of(true, 2.5));
        List<Map<String, Object>> value = List.of(first, second);

        List<Map<String, Object>> read = dslRoundTrip(box, value).get(0);

        assertThat(read).isEqualTo(value);
        assertThat(read.get(0).get("a")).isEqualTo(1);
        assertThat(stored(box, 1))
                .isEqualTo(new Tuple2<>("[{\"a\":1,\"b\":\"x\"},{\"nested\":[true,2.5],\"z\":null}]", "text"));
    }

    @Engines.OnBoth
    void readingInvalidJsonFailsNamingTheTargetType(Engine engine) {
        openEmpty(engine);
        Box<Prefs> box = box("TEXT", SqlTypes.json(Prefs.class));
        db.prepare("INSERT INTO " + box.name() + " (v) VALUES ('{not json')").run();

        assertThatThrownBy(() -> db.select(box.v).from(box).all())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read JSON")
                .hasMessageContaining("Prefs");
    }

    record Email(String value) {
        Email {
            Objects.requireNonNull(value, "a converter must never see null");
        }
    }

    record Cents(long amount) {}

    @Engines.OnBoth
    void userConvertersStoreThroughTheirBaseType(Engine engine) {
        openEmpty(engine);
        SqlType<Email> emailType = SqlTypes.STRING.map(Converter.of(Email::value, Email::new));
        SqlType<Cents> centsType = SqlTypes.LONG.map(Converter.of(Cents::amount, Cents::new));
        Box<Email> emails = box("TEXT", emailType);
        Box<Cents> cents = box("INTEGER", centsType);

        assertThat(dslRoundTrip(emails, new Email("a@b.c"), null)).containsExactly(new Email("a@b.c"), null);
        assertThat(dslRoundTrip(cents, new Cents(1999), new Cents(Long.MIN_VALUE)))
                .containsExactly(new Cents(1999), new Cents(Long.MIN_VALUE));
        assertThat(stored(emails, 1)).isEqualTo(new Tuple2<>("a@b.c", "text"));
        assertThat(stored(emails, 2)).isEqualTo(new Tuple2<>(null, "null"));
        assertThat(stored(cents, 1)).isEqualTo(new Tuple2<>(1999L, "integer"));
        assertThat(emailType.storageClass()).isEqualTo(StorageClass.TEXT);
        assertThat(centsType.storageClass()).isEqualTo(StorageClass.INTEGER);
        assertThat(db.select(emails.id)
                        .from(emails)
                        .where(emails.v.eq(new Email("a@b.c")))
                        .all())
                .containsExactly(1L);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // NULL

    /** One standard mapping with the column type it stores into. */
    private record Mapping(String declared, SqlType<?> type) {}

    private static List<Mapping> everyMapping() {
        return List.of(
                new Mapping("TEXT", SqlTypes.STRING),
                new Mapping("INTEGER", SqlTypes.INTEGER),
                new Mapping("INTEGER", SqlTypes.LONG),
                new Mapping("INTEGER", SqlTypes.SHORT),
                new Mapping("INTEGER", SqlTypes.BYTE),
                new Mapping("REAL", SqlTypes.DOUBLE),
                new Mapping("REAL", SqlTypes.FLOAT),
                new Mapping("INTEGER", SqlTypes.BOOLEAN),
                new Mapping("BLOB", SqlTypes.BYTES),
                new Mapping("TEXT", SqlTypes.BIG_DECIMAL),
                new Mapping("TEXT", SqlTypes.UUID),
                new Mapping("TEXT", SqlTypes.enumByName(Plan.class)),
                new Mapping("TEXT", SqlTypes.INSTANT),
                new Mapping("INTEGER", SqlTypes.INSTANT_EPOCH_SECONDS),
                new Mapping("INTEGER", SqlTypes.INSTANT_EPOCH_MILLIS),
                new Mapping("TEXT", SqlTypes.LOCAL_DATE_TIME),
                new Mapping("INTEGER", SqlTypes.LOCAL_DATE_TIME_EPOCH_SECONDS),
                new Mapping("INTEGER", SqlTypes.LOCAL_DATE_TIME_EPOCH_MILLIS),
                new Mapping("TEXT", SqlTypes.LOCAL_DATE),
                new Mapping("TEXT", SqlTypes.json(Prefs.class)),
                new Mapping("TEXT", SqlTypes.STRING.map(Converter.of(Email::value, Email::new))));
    }

    @Engines.OnBoth
    void nullRoundTripsAsSqlNullForEveryMapping(Engine engine) {
        openEmpty(engine);
        List<String> failures = new ArrayList<>();
        for (Mapping mapping : everyMapping()) {
            Box<?> box = box(mapping.declared(), mapping.type());
            List<?> read = writeNullAndRead(box);
            Tuple2<Object, String> stored = stored(box, 1);
            Object viaFunctionsValue =
                    db.select(Functions.value(null, mapping.type())).all().get(0);
            if (read.size() != 1
                    || read.get(0) != null
                    || stored.value1() != null
                    || !"null".equals(stored.value2())
                    || viaFunctionsValue != null) {
                failures.add(mapping.type().name() + ": read " + read + ", stored " + stored + ", value(null) read "
                        + viaFunctionsValue);
            }
        }
        assertThat(failures).isEmpty();
    }

    private <T> List<T> writeNullAndRead(Box<T> box) {
        db.insertInto(box).set(box.v, (T) null).run();
        return db.select(box.v).from(box).all();
    }

    @Engines.OnBoth
    void nullReadsAsNullThroughRawRowsForEveryStandardClass(Engine engine) {
        openEmpty(engine);
        Row row = db.prepare("SELECT NULL AS v").first().orElseThrow();

        for (Class<?> type : List.of(
                String.class,
                Integer.class,
                Long.class,
                Short.class,
                Byte.class,
                Double.class,
                Float.class,
                Boolean.class,
                byte[].class,
                BigDecimal.class,
                UUID.class,
                Instant.class,
                LocalDateTime.class,
                LocalDate.class,
                Plan.class)) {
            assertThat(row.get("v", type)).as(type.getName()).isNull();
        }
        assertThat(rawRoundTrip("TEXT", String.class, null)).isNull();
    }

    @Engines.OnBoth
    void functionsValueBindsTypedValuesThatSqliteSeesWithTheirStorageClass(Engine engine) {
        openEmpty(engine);

        Row row = db.prepare("SELECT typeof(?) AS a, typeof(?) AS b, typeof(?) AS c, typeof(?) AS d, typeof(?) AS e")
                .bind(1L, 1.5, "x", new byte[] {1}, true)
                .first()
                .orElseThrow();
        List<Object> dsl = Arrays.asList(
                db.select(Functions.value(Long.MAX_VALUE, SqlTypes.LONG))
                        .first()
                        .orElseThrow(),
                db.select(Functions.value(new BigDecimal("12.50"), SqlTypes.BIG_DECIMAL))
                        .first()
                        .orElseThrow(),
                db.select(Functions.value(Instant.parse("2024-03-05T06:07:08.123Z"), SqlTypes.INSTANT))
                        .first()
                        .orElseThrow());

        assertThat(row.values()).containsExactly("integer", "real", "text", "blob", "integer");
        assertThat(dsl)
                .containsExactly(Long.MAX_VALUE, new BigDecimal("12.50"), Instant.parse("2024-03-05T06:07:08.123Z"));
    }
}
