package dev.sleet.conformance;

import static dev.sleet.conformance.schema.KeptTable.KEPT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.conformance.schema.Kept;
import dev.sleet.d1.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values come back as they went in. Sleet's engines carry every value exactly; the reference engine shows what
 * D1's JSON does to values bound as JSON numbers (they are doubles).
 */
class TypesConformanceTest {

    private static final long BEYOND_DOUBLES = (1L << 53) + 1;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void boundValuesAreStoredWithTheirOwnType(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE cells (t TEXT, i INTEGER, r REAL, n)");
            db.prepare("INSERT INTO cells VALUES (?, ?, ?, ?)")
                    .bind("00123", 7L, 2.5, null)
                    .run();

            assertThat(db.prepare("SELECT typeof(t), t, typeof(i), i, typeof(r), r, typeof(n) FROM cells")
                            .raw())
                    .containsExactly(List.of("text", "00123", "integer", 7L, "real", 2.5, "null"));
            assertThat(db.prepare("SELECT ? = 1 AS yes, ? = 0 AS no")
                            .bind(true, false)
                            .first())
                    .hasValueSatisfying(row -> assertThat(row.get(0)).isEqualTo(1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void integersBoundIntoTextStayIntegers(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE labels (t TEXT)");
            db.prepare("INSERT INTO labels VALUES (?)").bind(42L).run();

            Object stored = db.prepare("SELECT t FROM labels").first("t").orElseThrow();
            if (engine == Engine.REFERENCE) {
                KnownDifferences.require("json-values");
                assertThat(stored).isEqualTo("42.0");
            } else {
                assertThat(stored).isEqualTo("42");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void integersBeyondDoublesAreStoredAndReadExactly(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE counters (n INTEGER)");
            db.prepare("INSERT INTO counters VALUES (?)").bind(BEYOND_DOUBLES).run();

            Object asText = db.prepare("SELECT CAST(n AS TEXT) AS n FROM counters")
                    .first("n")
                    .orElseThrow();
            if (engine == Engine.REFERENCE) {
                KnownDifferences.require("json-values");
                assertThat(asText).isEqualTo(Long.toString(BEYOND_DOUBLES - 1));
            } else {
                assertThat(asText).isEqualTo(Long.toString(BEYOND_DOUBLES));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void infinitiesAreRealsAndNanIsNull(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE measures (m REAL)");
            db.batch(
                    db.prepare("INSERT INTO measures VALUES (?)").bind(Double.POSITIVE_INFINITY),
                    db.prepare("INSERT INTO measures VALUES (?)").bind(Double.NEGATIVE_INFINITY),
                    db.prepare("INSERT INTO measures VALUES (?)").bind(Double.NaN));

            List<List<Object>> stored = db.prepare(
                            "SELECT typeof(m), m > 1e308, m < -1e308 FROM measures ORDER BY rowid")
                    .raw();
            if (engine == Engine.REFERENCE) {
                KnownDifferences.require("json-values");
                assertThat(stored).extracting(row -> row.get(0)).containsExactly("text", "text", "text");
            } else {
                assertThat(stored)
                        .containsExactly(
                                List.of("real", 1L, 0L), List.of("real", 0L, 1L), Arrays.asList("null", null, null));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void bytesAreStoredAsBlobs(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE files (b BLOB)");
            byte[] bytes = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff};
            db.prepare("INSERT INTO files VALUES (?)").bind((Object) bytes).run();

            assertThat(db.prepare("SELECT typeof(b) AS t, hex(b) AS h, b FROM files")
                            .raw())
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.subList(0, 2)).containsExactly("blob", "00017F80FF");
                        assertThat(row.get(2)).isInstanceOf(byte[].class);
                        assertThat((byte[]) row.get(2)).containsExactly(bytes);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyMappedJavaTypeMakesTheRoundTrip(Engine engine) {
        try (Database db = Schema.create(engine.open())) {
            // The reference engine's JSON numbers cannot carry Long.MAX_VALUE (see integersBeyondDoublesAre...).
            Long big = engine == Engine.REFERENCE ? 42L : Long.MAX_VALUE;
            Kept sent = new Kept(
                    1,
                    "00042",
                    big,
                    0.1,
                    true,
                    new byte[] {1, 2, 3},
                    new BigDecimal("12345678901234567890.000000001"),
                    UUID.fromString("0b6f8c5e-2d0a-4c4f-9d86-3a8cf0b1e0a7"),
                    Instant.parse("2026-11-23T10:15:30.123Z"),
                    LocalDate.of(2026, 2, 28));
            db.insertInto(KEPT).values(sent).run();

            Kept back = db.selectFrom(KEPT).first().orElseThrow();
            assertThat(back).usingRecursiveComparison().isEqualTo(sent);
            assertThat(db.select(KEPT.BIG).from(KEPT).first()).contains(sent.big());
        }
    }
}
