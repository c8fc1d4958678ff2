package dev.sleet.d1.http;

import static dev.sleet.fixtures.RateBuckets.RATE_BUCKETS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.d1.Database;
import dev.sleet.fixtures.RateBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact JSON D1 receives for each kind of bound value. */
class ParameterEncodingTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    private static final long BEYOND_DOUBLES = 9_007_199_254_740_993L; // 2^53 + 1: a double would round it

    @Test
    void everyKindOfValue() {
        d1.script(Reply.ok(D1Answers.writes(1)));
        try (Database db = d1.connect()) {
            db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(BEYOND_DOUBLES, Long.MIN_VALUE, new byte[] {0, -1, 16}, true, false, 1.5, 1e300, null, "007")
                    .run();
        }
        RecordedRequest request = d1.onlyRequest();
        assertThat(request.json().get("sql").asText())
                .isEqualTo("INSERT INTO t VALUES (+CAST(? AS INTEGER), "
                        + "+CAST(? AS INTEGER), unhex(?), +CAST(? AS INTEGER), +CAST(? AS INTEGER), ?, ?, ?, ?)");
        assertThat(request.json().get("params").toString()).isEqualTo("""
        ["9007199254740993","-9223372036854775808","00ff10","1","0",1.5,1.0E300,null,"007"]""");
    }

    @Test
    void aDslInsertSendsLargeIntegersExactly() {
        d1.script(Reply.ok(D1Answers.writes(1)));
        try (Database db = d1.connect()) {
            db.insertInto(RATE_BUCKETS)
                    .values(new RateBucket("k", BEYOND_DOUBLES, 1))
                    .run();
        }
        RecordedRequest request = d1.onlyRequest();
        assertThat(request.json().get("sql").asText()).isEqualTo("""
        INSERT INTO "rate_buckets" ("key", "window_start", "count") \
        VALUES (?, +CAST(? AS INTEGER), +CAST(? AS INTEGER))""");
        assertThat(request.json().get("params").toString()).isEqualTo("""
        ["k","9007199254740993","1"]""");
    }
}
