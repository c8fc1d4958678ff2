package dev.sleet.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void allThreeVariablesNameARemoteD1WithoutShowingTheToken() {
        DatabaseTarget target = DatabaseTarget.choose(Map.of(
                DatabaseTarget.ACCOUNT_ID,
                "acct",
                DatabaseTarget.DATABASE_ID,
                "db-123",
                DatabaseTarget.API_TOKEN,
                "secret-token"));

        assertThat(target.description()).isEqualTo("remote D1 database db-123");
    }

    @Test
    void aFileArgumentWithTheRemoteVariablesSetIsRefusedNotIgnored() {
        assertThatThrownBy(() -> DatabaseTarget.choose(
                        Map.of(
                                DatabaseTarget.ACCOUNT_ID,
                                "acct",
                                DatabaseTarget.DATABASE_ID,
                                "db-123",
                                DatabaseTarget.API_TOKEN,
                                "secret-token"),
                        "saas.db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("saas.db")
                .hasMessageContaining(DatabaseTarget.API_TOKEN)
                .hasMessageNotContaining("secret-token");
    }

    @Test
    void someOfTheVariablesAreAMistakeNotAFallBackToSqlite() {
        assertThatThrownBy(() -> DatabaseTarget.choose(
                        Map.of(DatabaseTarget.ACCOUNT_ID, "acct", DatabaseTarget.API_TOKEN, "secret-token")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DatabaseTarget.DATABASE_ID)
                .hasMessageNotContaining("secret-token");
    }

    @Test
    void withoutTheVariablesTheDatabaseIsAnEmbeddedFile() {
        assertThat(DatabaseTarget.choose(Map.of(), "saas.db").description()).isEqualTo("embedded SQLite file saas.db");
        assertThat(DatabaseTarget.choose(Map.of()).description()).startsWith("embedded SQLite in a new temporary file");
        assertThatThrownBy(() -> DatabaseTarget.choose(Map.of(), "a.db", "b.db"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
