package dev.sleet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.Database;
import dev.sleet.errors.LimitExceededException;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D1's per-statement limits: each holds at its edge and fails one past it, with D1's words. */
class LimitsConformanceTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStatementBindsAtMostOneHundredValues(Engine engine) {
        try (Database db = engine.open()) {
            assertThat(db.prepare(selectOfParameters(100)).bind(ones(100)).raw())
                    .hasSize(1);
            assertThatThrownBy(() ->
                            db.prepare(selectOfParameters(101)).bind(ones(101)).raw())
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("too many SQL variables");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStatementIsAtMostOneHundredThousandBytes(Engine engine) {
        try (Database db = engine.open()) {
            assertThat(db.prepare(selectOfLength(100_000)).first("n")).contains(1L);
            assertThatThrownBy(() -> db.prepare(selectOfLength(100_001)).first("n"))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("statement too long");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompoundSelectHasAtMostFiveTerms(Engine engine) {
        try (Database db = engine.open()) {
            assertThat(db.prepare(unionOf(5)).raw()).hasSize(5);
            assertThatThrownBy(() -> db.prepare(unionOf(6)).raw())
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("too many terms in compound SELECT");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExpressionIsAtMostOneHundredDeep(Engine engine) {
        try (Database db = engine.open()) {
            assertThat(db.prepare("SELECT " + nested(90) + " AS n").first("n")).contains(1L);
            assertThatThrownBy(
                            () -> db.prepare("SELECT " + nested(101) + " AS n").first("n"))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("Expression tree is too large (maximum depth 100)");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLikePatternIsAtMostFiftyBytes(Engine engine) {
        try (Database db = engine.open()) {
            assertThat(db.prepare("SELECT 'a' LIKE ? AS hit")
                            .bind("%".repeat(50))
                            .first("hit"))
                    .contains(1L);
            assertThatThrownBy(() -> db.prepare("SELECT 'a' LIKE ? AS hit")
                            .bind("%".repeat(51))
                            .first("hit"))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("LIKE or GLOB pattern too complex");
        }
    }

    private static String selectOfParameters(int count) {
        return "SELECT 1 IN (" + String.join(", ", Collections.nCopies(count, "?")) + ") AS found";
    }

    private static Object[] ones(int count) {
        return Collections.nCopies(count, 1L).toArray();
    }

    /** {@code SELECT 1 AS n -- xxx...} padded with a comment to exactly {@code length} bytes. */
    private static String selectOfLength(int length) {
        String head = "SELECT 1 AS n -- ";
        return head + "x".repeat(length - head.length());
    }

    private static String unionOf(int terms) {
        return IntStream.range(0, terms).mapToObj(i -> "SELECT " + i).collect(Collectors.joining(" UNION ALL "));
    }

    /** {@code -(-(...(1)))}: each minus one level deeper; an even depth is worth 1. */
    private static String nested(int depth) {
        return "-(".repeat(depth) + "1" + ")".repeat(depth);
    }
}
