package dev.sleet.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.errors.ConstraintViolationException.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link D1Errors#fromMessage} on the messages real local D1 gives (verbatim from the probe report
 * {@code /tmp/d1probe/REPORT.md}, offsets included), so that the remote driver and the embedded engine raise the same
 * exception for the same failure.
 */
class D1ErrorsTest {

    private static final String TRANSACTION_TEXT = "To execute a transaction, please use the "
            + "state.storage.transaction() or state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or "
            + "SAVEPOINT statements. The JavaScript API is safer because it will automatically roll back on exceptions, "
            + "and because it interacts correctly with Durable Objects' automatic atomic write coalescing.";

    private static final String SQL = "SELECT 1";

    private static D1Exception map(String message) {
        return D1Errors.fromMessage(message, SQL, null);
    }

    // ---- constraint failures: class and kind ----

    static Stream<Arguments> constraintMessages() {
        return Stream.of(
                Arguments.of(
                        "D1_ERROR: UNIQUE constraint failed: cons.u: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_UNIQUE)",
                        Kind.UNIQUE),
                Arguments.of(
                        "D1_ERROR: UNIQUE constraint failed: pk2.a, pk2.b: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_UNIQUE)",
                        Kind.UNIQUE),
                Arguments.of(
                        "D1_ERROR: UNIQUE constraint failed: cons.id: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_PRIMARYKEY)",
                        Kind.PRIMARY_KEY),
                Arguments.of(
                        "D1_ERROR: UNIQUE constraint failed: pk2.a: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_PRIMARYKEY)",
                        Kind.PRIMARY_KEY),
                Arguments.of(
                        "D1_ERROR: NOT NULL constraint failed: cons.nn: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_NOTNULL)",
                        Kind.NOT_NULL),
                Arguments.of(
                        "D1_ERROR: CHECK constraint failed: ck > 0: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_CHECK)",
                        Kind.CHECK),
                Arguments.of(
                        "D1_ERROR: CHECK constraint failed: positive_named: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_CHECK)",
                        Kind.CHECK),
                Arguments.of(
                        "D1_ERROR: FOREIGN KEY constraint failed: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_FOREIGNKEY)",
                        Kind.FOREIGN_KEY),
                Arguments.of(
                        "D1_ERROR: cannot store TEXT value in INTEGER column strict1.i: SQLITE_CONSTRAINT (extended: "
                                + "SQLITE_CONSTRAINT_DATATYPE)",
                        Kind.OTHER),
                Arguments.of(
                        "D1_ERROR: custom abort msg: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_TRIGGER)",
                        Kind.OTHER),
                Arguments.of(
                        "D1_ERROR: custom fail msg: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_TRIGGER)",
                        Kind.OTHER));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("constraintMessages")
    void constraintFailuresMapToConstraintViolationOfTheRightKind(String message, Kind kind) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(ConstraintViolationException.class);
        assertThat(((ConstraintViolationException) e).kind()).isEqualTo(kind);
        assertThat(e.code()).isEqualTo("D1_ERROR");
        assertThat(e.d1Message()).isEqualTo(message);
    }

    @Test
    void deferredForeignKeyResetMessageWithoutPrefixIsAForeignKeyViolation() {
        String message =
                "Durable Object was reset and rolled back to its last known good state because the application "
                        + "left the database in a state where constraints were violated: FOREIGN KEY constraint failed: "
                        + "SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_FOREIGNKEY)";
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(ConstraintViolationException.class);
        assertThat(((ConstraintViolationException) e).kind()).isEqualTo(Kind.FOREIGN_KEY);
        assertThat(e.code()).isEqualTo("D1_ERROR");
    }

    // ---- limits ----

    static Stream<String> limitMessages() {
        return Stream.of(
                "D1_ERROR: too many SQL variables at offset 207: SQLITE_ERROR",
                "D1_ERROR: too many SQL variables at offset 13: SQLITE_ERROR",
                "D1_ERROR: variable number must be between ?1 and ?100 at offset 7: SQLITE_ERROR",
                "D1_ERROR: statement too long: SQLITE_TOOBIG",
                "D1_ERROR: too many terms in compound SELECT: SQLITE_ERROR",
                "D1_ERROR: Expression tree is too large (maximum depth 100): SQLITE_ERROR",
                "D1_ERROR: LIKE or GLOB pattern too complex: SQLITE_ERROR",
                "D1_ERROR: too many columns on w101: SQLITE_ERROR",
                "D1_ERROR: too many columns on sqlite_altertab_w100: SQLITE_ERROR",
                "D1_ERROR: too many columns in result set: SQLITE_ERROR",
                "D1_ERROR: too many arguments on function max at offset 7: SQLITE_ERROR",
                "D1_ERROR: string or blob too big: SQLITE_TOOBIG");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitMessages")
    void limitFailuresMapToLimitExceeded(String message) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(LimitExceededException.class);
        assertThat(e.code()).isEqualTo("D1_ERROR");
    }

    /* D1's limits include "tables in a join: 64"; going past it is a limit failure like the others. */
    @Test
    void tooManyTablesInAJoinMapsToLimitExceeded() {
        assertThat(map("D1_ERROR: at most 64 tables in a join: SQLITE_ERROR"))
                .isExactlyInstanceOf(LimitExceededException.class);
    }

    // ---- refused statements ----

    static Stream<String> refusalMessages() {
        return Stream.of(
                "D1_ERROR: " + TRANSACTION_TEXT,
                "D1_ERROR: not authorized: SQLITE_AUTH",
                "D1_ERROR: cannot VACUUM from within a transaction: SQLITE_ERROR",
                "D1_ERROR: not authorized to use function: sqlite_version at offset 7: SQLITE_ERROR",
                "D1_ERROR: not authorized to use function: json_pretty at offset 7: SQLITE_ERROR",
                "D1_ERROR: not authorized: SQLITE_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalMessages")
    void refusalsMapToStatementRefused(String message) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(StatementRefusedException.class);
        assertThat(e.code()).isEqualTo("D1_ERROR");
    }

    // ---- invalid SQL ----

    static Stream<String> invalidSqlMessages() {
        return Stream.of(
                "D1_ERROR: near \"SELEC\": syntax error at offset 0: SQLITE_ERROR",
                "D1_ERROR: incomplete input: SQLITE_ERROR",
                "D1_ERROR: unrecognized token: \"'abc\" at offset 7: SQLITE_ERROR",
                "D1_ERROR: no such table: nosuch: SQLITE_ERROR",
                "D1_ERROR: no such table: weird table name: SQLITE_ERROR",
                "D1_ERROR: no such column: nosuchcol at offset 7: SQLITE_ERROR",
                "D1_ERROR: no such column: par.zz at offset 7: SQLITE_ERROR",
                "D1_ERROR: no such function: nosuchfn at offset 7: SQLITE_ERROR",
                "D1_ERROR: no such function: REGEXP at offset 11: SQLITE_ERROR",
                "D1_ERROR: table par already exists at offset 13: SQLITE_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSqlMessages")
    void sqlErrorsMapToInvalidSql(String message) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(InvalidSqlException.class);
        assertThat(e.code()).isEqualTo("D1_ERROR");
    }

    /* Like an unknown column, an ambiguous one is an error in the SQL itself, found when SQLite prepares it. */
    @Test
    void ambiguousColumnMapsToInvalidSql() {
        assertThat(map("D1_ERROR: ambiguous column name: id at offset 7: SQLITE_ERROR"))
                .isExactlyInstanceOf(InvalidSqlException.class);
    }

    /*
     * The embedded engine throws InvalidSqlException for empty SQL itself; the same D1 text coming from the remote
     * driver must give the same exception type.
     */
    @Test
    void noStatementMessagesMapToInvalidSql() {
        assertThat(map("D1_ERROR: No SQL statements detected.")).isExactlyInstanceOf(InvalidSqlException.class);
        assertThat(map("D1_ERROR: SQL code did not contain a statement."))
                .isExactlyInstanceOf(InvalidSqlException.class);
    }

    // ---- binding ----

    @Test
    void wrongBindCountMapsToBindingException() {
        D1Exception e = map("D1_ERROR: Wrong number of parameter bindings for SQL query.");
        assertThat(e).isExactlyInstanceOf(BindingException.class);
        assertThat(e.code()).isEqualTo("D1_ERROR");
    }

    /* Parameters on a non-last statement of a multi-statement prepare(): more specific than a bare D1Exception. */
    @Test
    void parametersOnANonLastStatementMapToABindingOrInvalidSqlException() {
        D1Exception e =
                map("D1_ERROR: When executing multiple SQL statements in a single call, only the last statement "
                        + "can have parameters.");
        assertThat(e).isInstanceOfAny(BindingException.class, InvalidSqlException.class);
    }

    static Stream<String> typeErrorMessages() {
        return Stream.of(
                "D1_TYPE_ERROR: Type 'undefined' not supported for value 'undefined'",
                "D1_TYPE_ERROR: Type 'object' not supported for value '[object Object]'",
                "D1_TYPE_ERROR: Type 'bigint' not supported for value '5'",
                "D1_TYPE_ERROR: Type 'object' not supported for value '1,300'",
                "D1_TYPE_ERROR: Type 'object' not supported for value 'Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated "
                        + "Universal Time)'",
                // A bound value that looks like another category must not change the mapping.
                "D1_TYPE_ERROR: Type 'object' not supported for value 'UNIQUE constraint failed: SQLITE_CONSTRAINT'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeErrorMessages")
    void typeErrorsMapToBindingExceptionWithTypeErrorCode(String message) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(BindingException.class);
        assertThat(e.code()).isEqualTo("D1_TYPE_ERROR");
    }

    // ---- column not found ----

    @Test
    void columnNotFoundMapsToColumnNotFoundException() {
        D1Exception e = map("D1_COLUMN_NOTFOUND: Column not found (nosuchcol)");
        assertThat(e).isExactlyInstanceOf(ColumnNotFoundException.class);
        assertThat(e.code()).isEqualTo("D1_COLUMN_NOTFOUND");

        D1Exception caseMismatch = map("D1_COLUMN_NOTFOUND: Column not found (A)");
        assertThat(caseMismatch).isExactlyInstanceOf(ColumnNotFoundException.class);
    }

    // ---- exec errors: class from the reason, code D1_EXEC_ERROR ----

    static Stream<Arguments> execMessages() {
        return Stream.of(
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: INSERT INTO et(v) VALUES('a');: no such table: nosuch: "
                                + "SQLITE_ERROR",
                        InvalidSqlException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: INSERT INTO et(v) VALUES('c');: near \"SELEC\": syntax error "
                                + "at offset 0: SQLITE_ERROR",
                        InvalidSqlException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: INSERT INTO et(v): incomplete input: SQLITE_ERROR",
                        InvalidSqlException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: INSERT INTO cons(u,nn,ck) VALUES('x','n',1): UNIQUE "
                                + "constraint failed: cons.u: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)",
                        ConstraintViolationException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: BEGIN;: " + TRANSACTION_TEXT, StatementRefusedException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: SELECT ?: Wrong number of parameter bindings for SQL query.",
                        BindingException.class),
                Arguments.of(
                        "D1_EXEC_ERROR: Error in line 1: SELECT 'aaaa': statement too long: SQLITE_TOOBIG",
                        LimitExceededException.class));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("execMessages")
    void execErrorsMapByTheirReasonAndKeepTheExecCode(String message, Class<? extends D1Exception> type) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.code()).isEqualTo("D1_EXEC_ERROR");
        assertThat(e.d1Message()).isEqualTo(message);
    }

    @Test
    void execUniqueViolationHasTheUniqueKind() {
        D1Exception e = map("D1_EXEC_ERROR: Error in line 1: INSERT INTO cons(u,nn,ck) VALUES('x','n',1): UNIQUE "
                + "constraint failed: cons.u: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)");
        assertThat(((ConstraintViolationException) e).kind()).isEqualTo(Kind.UNIQUE);
    }

    @Test
    void execNoStatementMessagesMapToInvalidSql() {
        assertThat(map("D1_EXEC_ERROR: Error in line 1: -- c: SQL code did not contain a statement."))
                .isExactlyInstanceOf(InvalidSqlException.class);
        assertThat(map("D1_EXEC_ERROR: Error in line 1: : No SQL statements detected."))
                .isExactlyInstanceOf(InvalidSqlException.class);
    }

    /*
     * An exec error quotes a statement (local D1: the first line of the script, whatever line failed; the embedded
     * engine: the failing statement), so the quoted text is arbitrary user SQL. Only the reason after it may decide the
     * exception type.
     */
    @Test
    void execErrorIsClassifiedByItsReasonNotByTheQuotedStatement() {
        String script =
                "INSERT INTO audit(event) VALUES('login not authorized');\nINSERT INTO audit(event) VALUES('x')";
        D1Exception asD1Words = D1Errors.fromMessage(
                "D1_EXEC_ERROR: Error in line 1: INSERT INTO audit(event) "
                        + "VALUES('login not authorized');: no such table: audit: SQLITE_ERROR",
                script,
                null);
        assertThat(asD1Words).isExactlyInstanceOf(InvalidSqlException.class);

        String statement = "INSERT INTO notes(body) VALUES('too many columns')";
        D1Exception asEmbeddedWords = D1Errors.fromMessage(
                "D1_EXEC_ERROR: Error in line 3: " + statement + ": no such table: notes: SQLITE_ERROR",
                statement,
                null);
        assertThat(asEmbeddedWords).isExactlyInstanceOf(InvalidSqlException.class);
    }

    // ---- errors without a more specific class ----

    static Stream<String> genericMessages() {
        return Stream.of(
                "D1_ERROR: datatype mismatch: SQLITE_MISMATCH",
                "D1_ERROR: integer overflow: SQLITE_ERROR",
                "D1_ERROR: malformed JSON: SQLITE_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genericMessages")
    void runtimeDataErrorsStayPlainD1Exceptions(String message) {
        D1Exception e = map(message);
        assertThat(e).isExactlyInstanceOf(D1Exception.class);
        assertThat(e.code()).isEqualTo("D1_ERROR");
        assertThat(e.d1Message()).isEqualTo(message);
    }

    // ---- the exception's own accessors ----

    @Test
    void keepsMessageSqlAndCause() {
        Throwable cause = new IllegalStateException("underlying");
        D1Exception e =
                D1Errors.fromMessage("D1_ERROR: no such table: nosuch: SQLITE_ERROR", "SELECT * FROM nosuch", cause);
        assertThat(e.d1Message()).isEqualTo("D1_ERROR: no such table: nosuch: SQLITE_ERROR");
        assertThat(e.sql()).isEqualTo("SELECT * FROM nosuch");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage())
                .startsWith("D1_ERROR: no such table: nosuch: SQLITE_ERROR")
                .contains("SELECT * FROM nosuch");
    }

    @Test
    void withoutSqlTheMessageIsD1sMessage() {
        D1Exception e = D1Errors.fromMessage("D1_ERROR: statement too long: SQLITE_TOOBIG", null, null);
        assertThat(e.getMessage()).isEqualTo("D1_ERROR: statement too long: SQLITE_TOOBIG");
        assertThat(e.sql()).isNull();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void codeIsTheD1PrefixOrD1ErrorWhenThereIsNone() {
        assertThat(map("D1_ERROR: no such table: nosuch: SQLITE_ERROR").code()).isEqualTo("D1_ERROR");
        assertThat(map("D1_TYPE_ERROR: Type 'bigint' not supported for value '5'")
                        .code())
                .isEqualTo("D1_TYPE_ERROR");
        assertThat(map("D1_COLUMN_NOTFOUND: Column not found (x)").code()).isEqualTo("D1_COLUMN_NOTFOUND");
        assertThat(map("D1_EXEC_ERROR: Error in line 1: SELEC 1: near \"SELEC\": syntax error at offset 0: "
                                + "SQLITE_ERROR")
                        .code())
                .isEqualTo("D1_EXEC_ERROR");
        assertThat(map("Durable Object was reset and rolled back to its last known good state because the application "
                                + "left the database in a state where constraints were violated: FOREIGN KEY constraint failed: "
                                + "SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_FOREIGNKEY)")
                        .code())
                .isEqualTo("D1_ERROR");
    }

    @Test
    void directlyBuiltExceptionsReportTheirCode() {
        assertThat(new BindingException("D1_TYPE_ERROR: Type 'x' not supported for value 'y'", null, null).code())
                .isEqualTo("D1_TYPE_ERROR");
        assertThat(new ColumnNotFoundException("D1_COLUMN_NOTFOUND: Column not found (c)", null, null).code())
                .isEqualTo("D1_COLUMN_NOTFOUND");
        assertThat(new InvalidSqlException(
                                "D1_EXEC_ERROR: Error in line 2: X: incomplete input: SQLITE_ERROR", "X", null)
                        .code())
                .isEqualTo("D1_EXEC_ERROR");
    }
}
