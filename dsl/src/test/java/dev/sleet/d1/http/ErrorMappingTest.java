package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.errors.BindingException;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.errors.D1Exception;
import dev.sleet.errors.InvalidSqlException;
import dev.sleet.errors.LimitExceededException;
import dev.sleet.errors.StatementRefusedException;
import dev.sleet.fixtures.Schema;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * D1's error answers become the exceptions the embedded engine throws for the same failure: each case runs on the
 * embedded engine first, and its D1 message, as D1's REST API words it, is what the fake server answers.
 */
class ErrorMappingTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    private static final String SEED =
            "INSERT INTO users (id, email, device_id) VALUES ('u1', 'ada@example.com', 'd1')";
    private static final String INSERT_USER = "INSERT INTO users (id, email, device_id) VALUES (?, ?, ?)";

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        INSERT_USER, new Object[] {"u2", "ada@example.com", "d2"}, ConstraintViolationException.class),
                Arguments.of(
                        INSERT_USER, new Object[] {"u1", "new@example.com", "d2"}, ConstraintViolationException.class),
                Arguments.of(
                        "INSERT INTO users (id) VALUES (?)", new Object[] {"u3"}, ConstraintViolationException.class),
                Arguments.of(
                        "INSERT INTO apps (owner_id, name) VALUES (?, ?)",
                        new Object[] {"nobody", "x"},
                        ConstraintViolationException.class),
                Arguments.of("SELEC 1", new Object[0], InvalidSqlException.class),
                Arguments.of("SELECT * FROM nosuch", new Object[0], InvalidSqlException.class),
                Arguments.of(
                        "SELECT " + String.join(", ", Collections.nCopies(101, "?")),
                        Collections.nCopies(101, "v").toArray(),
                        LimitExceededException.class),
                Arguments.of("BEGIN TRANSACTION", new Object[0], StatementRefusedException.class),
                Arguments.of("SELECT ?, ?", new Object[] {"only one"}, BindingException.class));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aD1ErrorRaisesWhatTheEmbeddedEngineRaises(String sql, Object[] values, Class<?> expected) {
        D1Exception embedded = embeddedFailure(sql, values);
        assertThat(embedded).isExactlyInstanceOf(expected);
        d1.script(Reply.json(400, D1Answers.error(7500, embedded.d1Message().replaceFirst("^D1_ERROR: ", ""))));
        D1Exception remote;
        try (Database db = d1.connect()) {
            remote = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare(sql).bind(values).run());
        }
        assertThat(remote).isExactlyInstanceOf(expected);
        assertThat(remote.d1Message()).isEqualTo(embedded.d1Message());
        assertThat(remote.sql()).isEqualTo(sql);
        if (remote instanceof ConstraintViolationException constraint) {
            assertThat(constraint.kind()).isEqualTo(((ConstraintViolationException) embedded).kind());
        }
        assertThat(d1.requests()).hasSize(1);
    }

    @Test
    void aMessageThatAlreadyCarriesD1sCodeKeepsIt() {
        d1.script(Reply.json(
                400, D1Answers.error(7500, "D1_TYPE_ERROR: Type 'object' not supported for value '[object]'")));
        D1Exception e;
        try (Database db = d1.connect()) {
            e = catchThrowableOfType(
                    D1Exception.class, () -> db.prepare("SELECT ?").bind("x").all());
        }
        assertThat(e).isExactlyInstanceOf(BindingException.class);
        assertThat(e.d1Message()).isEqualTo("D1_TYPE_ERROR: Type 'object' not supported for value '[object]'");
        assertThat(e.code()).isEqualTo("D1_TYPE_ERROR");
    }

    @Test
    void aFailedBatchIsMappedWithoutNamingOneStatement() {
        String unique = "UNIQUE constraint failed: users.email: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)";
        d1.script(Reply.json(400, D1Answers.error(7500, unique)));
        ConstraintViolationException e;
        try (Database db = d1.connect()) {
            e = catchThrowableOfType(
                    ConstraintViolationException.class,
                    () -> db.batch(
                            db.prepare("DELETE FROM users"),
                            db.prepare(INSERT_USER).bind("u1", "a@example.com", "d1"),
                            db.prepare(INSERT_USER).bind("u2", "a@example.com", "d2")));
        }
        assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(e).hasMessage("D1_ERROR: " + unique);
        assertThat(e.sql()).isNull();
    }

    private static D1Exception embeddedFailure(String sql, Object[] values) {
        try (Database db = Schema.create(Sleet.sqliteInMemory())) {
            db.exec(SEED);
            return catchThrowableOfType(
                    D1Exception.class, () -> db.prepare(sql).bind(values).run());
        }
    }
}
