package dev.sleet.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A D1 message splits into its code and reason, and formats back to the text D1 wrote. */
class D1MessageTest {

    @Test
    void aCodedTextSplitsAtItsCode() {
        D1Message m = D1Message.parse("D1_ERROR: no such table: users: SQLITE_ERROR");
        assertThat(m.code()).isEqualTo("D1_ERROR");
        assertThat(m.reason()).isEqualTo("no such table: users: SQLITE_ERROR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "D1_ERROR: no such table: users: SQLITE_ERROR",
                "D1_TYPE_ERROR: Type 'object' not supported for value '[object Object]'",
                "D1_COLUMN_NOTFOUND: Column not found (x)",
                "D1_EXEC_ERROR: Error in line 1: SELEC 1: near \"SELEC\": syntax error at offset 0: SQLITE_ERROR",
                "D1_ERROR: a reason\nover two lines",
                "D1_ERROR: "
            })
    void aCodedTextFormatsBackToItself(String text) {
        assertThat(D1Message.parse(text).format()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Could not route to /accounts/a/d1/database/b/raw",
                "D1_ERROR without a colon",
                "D1_ERROR:no space",
                "d1_error: lower case",
                ""
            })
    void anyOtherTextIsTheReasonOfAD1Error(String text) {
        D1Message m = D1Message.parse(text);
        assertThat(m).isEqualTo(D1Message.error(text));
        assertThat(m.format()).isEqualTo("D1_ERROR: " + text);
    }

    @Test
    void anExecErrorQuotesTheLineAndStatementAndKeepsTheFailuresReason() {
        D1Message failure = D1Message.error("UNIQUE constraint failed: t.u: SQLITE_CONSTRAINT");
        assertThat(D1Message.execError(3, "INSERT INTO t VALUES(1)", failure).format())
                .isEqualTo("D1_EXEC_ERROR: Error in line 3: INSERT INTO t VALUES(1): UNIQUE constraint failed: t.u: "
                        + "SQLITE_CONSTRAINT");
    }
}
