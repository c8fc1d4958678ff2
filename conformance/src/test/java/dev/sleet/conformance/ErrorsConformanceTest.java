package dev.sleet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.Database;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.ConstraintViolationException.Kind;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.InvalidSqlException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The same failure raises the same exception type, with D1's words, on every engine. */
class ErrorsConformanceTest {

    private static final String TABLES = """
      CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, size INTEGER CHECK (size > 0));
      CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams (id));
      INSERT INTO teams VALUES (1, 'red', 5)
      """;

    static Stream<Arguments> violations() {
        return Stream.of(Engine.values())
                .flatMap(engine -> Stream.of(
                        Arguments.of(
                                engine,
                                "INSERT INTO teams VALUES (2, 'red', 1)",
                                Kind.UNIQUE,
                                "UNIQUE constraint failed: teams.name"),
                        Arguments.of(
                                engine,
                                "INSERT INTO teams VALUES (1, 'blue', 1)",
                                Kind.PRIMARY_KEY,
                                "UNIQUE constraint failed: teams.id"),
                        Arguments.of(
                                engine,
                                "INSERT INTO teams VALUES (2, NULL, 1)",
                                Kind.NOT_NULL,
                                "NOT NULL constraint failed: teams.name"),
                        Arguments.of(
                                engine,
                                "INSERT INTO teams VALUES (2, 'blue', 0)",
                                Kind.CHECK,
                                "CHECK constraint failed: size > 0"),
                        Arguments.of(
                                engine,
                                "INSERT INTO players VALUES (1, 7)",
                                Kind.FOREIGN_KEY,
                                "FOREIGN KEY constraint failed")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("violations")
    void aConstraintViolationSaysWhichConstraint(Engine engine, String sql, Kind kind, String words) {
        try (Database db = engine.open()) {
            db.exec(TABLES);

            assertThatThrownBy(() -> db.prepare(sql).run())
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageStartingWith("D1_ERROR: ")
                    .hasMessageContaining(words)
                    .extracting(e -> ((ConstraintViolationException) e).kind())
                    .isEqualTo(kind);
            assertThat(db.prepare("SELECT count(*) AS n FROM teams").first("n")).contains(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badSqlIsInvalidSqlAndCarriesTheStatementButNoValues(Engine engine) {
        try (Database db = engine.open()) {
            assertThatThrownBy(() -> db.prepare("SELEC 1").all())
                    .isInstanceOf(InvalidSqlException.class)
                    .hasMessageContaining("syntax error");
            assertThatThrownBy(() -> db.prepare("SELECT * FROM nowhere WHERE secret = ?")
                            .bind("hunter2")
                            .all())
                    .isInstanceOf(InvalidSqlException.class)
                    .hasMessageContaining("no such table: nowhere")
                    .hasMessageNotContaining("hunter2")
                    .extracting(e -> ((D1Exception) e).sql())
                    .isEqualTo("SELECT * FROM nowhere WHERE secret = ?");
        }
    }
}
