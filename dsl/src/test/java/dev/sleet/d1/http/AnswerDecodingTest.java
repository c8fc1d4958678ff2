package dev.sleet.d1.http;

import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static dev.sleet.fixtures.Screens.SCREENS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.d1.Database;
import dev.sleet.fixtures.RateBucket;
import dev.sleet.fixtures.Screen;
import dev.sleet.result.Meta;
import dev.sleet.result.Row;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** D1's JSON answers read back as the values D1 stored: exact large integers, BLOBs, text, and D1's meta. */
class AnswerDecodingTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    @Test
    void largeIntegersSelectedThroughTheDslComeBackExact() {
        // D1 reads integers into JavaScript numbers; the DSL selects 64-bit columns as text, which D1 sends as it is.
        d1.script(Reply.ok(D1Answers.rows(
                List.of("key", "window_start", "count"),
                List.of("max", "9223372036854775807", 3),
                List.of("min", "-9223372036854775808", 4),
                List.of("odd", "9007199254740993", 5))));
        List<RateBucket> buckets;
        try (Database db = d1.connect()) {
            buckets = db.selectFrom(RATE_BUCKETS).all();
        }
        assertThat(d1.onlyRequest().json().get("sql").asText())
                .contains("CAST(\"rate_buckets\".\"window_start\" AS TEXT)")
                .doesNotContain("CAST(\"rate_buckets\".\"count\"");
        assertThat(buckets)
                .containsExactly(
                        new RateBucket("max", Long.MAX_VALUE, 3),
                        new RateBucket("min", Long.MIN_VALUE, 4),
                        new RateBucket("odd", 9_007_199_254_740_993L, 5));
    }

    @Test
    void aSelectedLongExpressionComesBackExactToo() {
        d1.script(Reply.ok(D1Answers.rows(List.of("w"), List.of("9007199254740993"))));
        try (Database db = d1.connect()) {
            assertThat(db.select(RATE_BUCKETS.WINDOW_START.plus(1L))
                            .from(RATE_BUCKETS)
                            .first())
                    .contains(9_007_199_254_740_993L);
        }
        assertThat(d1.onlyRequest().json().get("sql").asText())
                .startsWith("SELECT CAST(\"rate_buckets\".\"window_start\" + +CAST(? AS INTEGER) AS TEXT)");
    }

    @Test
    void blobsArriveAsArraysOfByteValues() {
        d1.script(Reply.ok(D1Answers.rows(
                List.of("id", "app_id", "user_id", "flow_index", "title", "thumbnail"),
                Arrays.asList("1", "2", "u1", 0, null, List.of(0, 127, 128, 255)))));
        Screen screen;
        try (Database db = d1.connect()) {
            screen = db.selectFrom(SCREENS).first().orElseThrow();
        }
        assertThat(screen.thumbnail()).containsExactly(0, 127, -128, -1);
        assertThat(screen.title()).isNull();
    }

    @Test
    void rawRowsKeepEachValuesStorageClass() {
        d1.script(Reply.ok(D1Answers.rows(
                List.of("zip", "exp", "text", "int", "real", "none", "blob"),
                Arrays.asList("00123", "1e5", "42", 42, 2.5, null, List.of(1, 2)))));
        Row row;
        try (Database db = d1.connect()) {
            row = db.prepare("SELECT zip, exp, text, int, real, none, blob FROM t")
                    .first()
                    .orElseThrow();
        }
        assertThat(row.get("zip")).isEqualTo("00123");
        assertThat(row.get("exp")).isEqualTo("1e5");
        assertThat(row.get("text")).isEqualTo("42");
        assertThat(row.get("int")).isEqualTo(42L);
        assertThat(row.get("real")).isEqualTo(2.5);
        assertThat(row.get("none")).isNull();
        assertThat(row.getBytes("blob")).containsExactly(1, 2);
    }

    @Test
    void repeatedColumnNamesSurvive() {
        d1.script(Reply.ok(D1Answers.rows(List.of("id", "id"), List.of("u1", 7))));
        Row row;
        try (Database db = d1.connect()) {
            row = db.prepare("SELECT users.id, apps.id FROM users JOIN apps ON apps.owner_id = users.id")
                    .first()
                    .orElseThrow();
        }
        assertThat(row.columnNames()).containsExactly("id", "id");
        assertThat(row.values()).containsExactly("u1", 7L);
    }

    @Test
    void metaIsCarriedIntoTheResults() {
        d1.script(Reply.ok(D1Answers.success(D1Answers.result(
                List.of(),
                List.of(),
                Map.of(
                        "duration",
                        1.25,
                        "changes",
                        2,
                        "last_row_id",
                        99,
                        "changed_db",
                        true,
                        "rows_read",
                        5,
                        "rows_written",
                        4,
                        "size_after",
                        8192)))));
        Meta meta;
        try (Database db = d1.connect()) {
            meta = db.prepare("UPDATE users SET points = 0").run();
        }
        assertThat(meta)
                .isEqualTo(new Meta(1.25, 2, 99, true, OptionalLong.of(5), OptionalLong.of(4), OptionalLong.of(8192)));
    }

    @Test
    void metaD1DoesNotSendIsLeftEmpty() {
        d1.script(Reply.ok(D1Answers.success(D1Answers.result(List.of(), List.of(), Map.of("duration", 0.5)))));
        Meta meta;
        try (Database db = d1.connect()) {
            meta = db.prepare("DELETE FROM users").run();
        }
        assertThat(meta)
                .isEqualTo(
                        new Meta(0.5, 0, 0, false, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()));
    }
}
