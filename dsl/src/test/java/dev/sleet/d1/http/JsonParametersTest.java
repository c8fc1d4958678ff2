package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How bound values are rewritten for D1's JSON transport, and that the rewritten statement means what the original
 * did: run on the embedded engine with the values bound as D1 binds JSON (text, reals, null), it answers exactly as
 * the original with the original values.
 */
class JsonParametersTest {

    private static JsonParameters rewrite(String sql, Object... values) {
        return JsonParameters.of(sql, Arrays.asList(values));
    }

    @Test
    void integersTravelAsTextCastBack() {
        JsonParameters p = rewrite("SELECT ? + ?", 9_007_199_254_740_993L, 1.5);
        assertThat(p.sql()).isEqualTo("SELECT +CAST(? AS INTEGER) + ?");
        assertThat(p.values()).containsExactly("9007199254740993", 1.5);
    }

    @Test
    void bytesTravelAsHex() {
        JsonParameters p = rewrite("SELECT length(?)", (Object) new byte[] {0, 127, -128, -1});
        assertThat(p.sql()).isEqualTo("SELECT length(unhex(?))");
        assertThat(p.values()).containsExactly("007f80ff");
    }

    @Test
    void infinitiesTravelAsTextCastToRealAndNanAsNull() {
        JsonParameters p = rewrite("SELECT ?, ?, ?", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
        assertThat(p.sql()).isEqualTo("SELECT CAST(? AS REAL), CAST(? AS REAL), ?");
        assertThat(p.values()).containsExactly("1e999", "-1e999", null);
    }

    @Test
    void placeholdersInsideStringsNamesAndCommentsAreLeftAlone() {
        String sql = "SELECT '?', \"?\", `?`, [?] /* ? */, ? -- ?\n";
        assertThat(rewrite(sql, 1L).sql()).isEqualTo("SELECT '?', \"?\", `?`, [?] /* ? */, +CAST(? AS INTEGER) -- ?\n");
    }

    @Test
    void numberedPlaceholdersTakeTheirOwnValue() {
        assertThat(rewrite("SELECT ?2, ?1, ?2", 1L, "x").sql()).isEqualTo("SELECT ?2, +CAST(?1 AS INTEGER), ?2");
    }

    @Test
    void aPlainPlaceholderAfterANumberedOneTakesTheNextNumber() {
        // SQLite numbers this ? as 3: one more than the largest number so far.
        assertThat(rewrite("SELECT ?2, ?", "a", "b", 3L).sql()).isEqualTo("SELECT ?2, +CAST(? AS INTEGER)");
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("SELECT typeof(?), ?", List.of(9_007_199_254_740_993L, Long.MIN_VALUE)),
                Arguments.of(
                        "SELECT typeof(?), hex(?), length(?)",
                        List.of(new byte[] {1, 2}, new byte[] {-1}, new byte[0])),
                Arguments.of("SELECT typeof(?), ?, typeof(?), ?", Arrays.asList(2.5, -0.125, null, "42")),
                Arguments.of(
                        "SELECT typeof(?), ? > 1e308, typeof(?), ? < -1e308, typeof(?)",
                        List.of(
                                Double.POSITIVE_INFINITY,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                Double.NaN)),
                Arguments.of(
                        "SELECT x = ?, x = ?, x > ? FROM (SELECT '042' AS x UNION ALL SELECT '42')",
                        List.of(42L, "42", 100L)),
                Arguments.of("SELECT n = ?, n = ?, n = ? FROM t", List.of(42L, "42", 42.0)),
                Arguments.of("SELECT s = ?, s = ? FROM t", List.of(42L, "42")),
                Arguments.of("SELECT r = ?, typeof(r + ?) FROM t", List.of(42L, 1L)),
                Arguments.of("SELECT ?1 + ?1, ?2 || ?1", List.of(20L, "x")),
                Arguments.of("SELECT ? - ?, -?, 1 - ? LIMIT ?", List.of(10L, 3L, 4L, -5L, 1L)));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void theRewrittenStatementMeansWhatTheOriginalDid(String sql, List<Object> values) {
        JsonParameters json = JsonParameters.of(sql, values);
        try (Database db = Sleet.sqliteInMemory()) {
            db.exec("CREATE TABLE t (n INTEGER, s TEXT, r REAL); INSERT INTO t VALUES (42, '42', 42.0)");
            List<Object> original =
                    db.prepare(sql).bind(values.toArray()).first().orElseThrow().values();
            List<Object> rewritten = db.prepare(json.sql())
                    .bind(json.values().toArray())
                    .first()
                    .orElseThrow()
                    .values();
            assertThat(rewritten).usingRecursiveFieldByFieldElementComparator().isEqualTo(original);
        }
    }
}
