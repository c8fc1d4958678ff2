package dev.sleet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.Database;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.StatementRefusedException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What D1 refuses is refused on every engine, and leaves the database as it was. */
class RefusedStatementsConformanceTest {

    static Stream<Arguments> refused() {
        List<String> statements = List.of(
                "BEGIN TRANSACTION",
                "COMMIT",
                "SAVEPOINT s1",
                "ATTACH DATABASE 'other.db' AS other",
                "VACUUM",
                "CREATE TEMP TABLE scratch (x)",
                "CREATE TABLE _cf_mine (x)",
                "PRAGMA journal_mode = DELETE",
                "SELECT sqlite_version()");
        return Stream.of(Engine.values()).flatMap(engine -> statements.stream().map(sql -> Arguments.of(engine, sql)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void isRefusedAndChangesNothing(Engine engine, String sql) {
        try (Database db = engine.open()) {
            db.exec("CREATE TABLE kept_rows (x INTEGER); INSERT INTO kept_rows VALUES (1)");

            assertThatThrownBy(() -> db.prepare(sql).run()).isInstanceOf(StatementRefusedException.class);

            assertThat(db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE '\\_cf\\_%' ESCAPE '\\' "
                                    + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                            .raw())
                    .containsExactly(List.of("kept_rows"));
            assertThat(db.prepare("SELECT count(*) AS n FROM kept_rows").first("n"))
                    .contains(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void turningForeignKeysOffIsAcceptedAndIgnored(Engine engine) {
        try (Database db = engine.open()) {
            db.exec("""
          CREATE TABLE parents (id INTEGER PRIMARY KEY);
          CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id))
          """);
            db.prepare("PRAGMA foreign_keys = OFF").run();

            assertThatThrownBy(() ->
                            db.prepare("INSERT INTO children VALUES (1, 42)").run())
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("FOREIGN KEY constraint failed");
        }
    }
}
