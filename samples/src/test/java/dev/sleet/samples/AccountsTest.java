package dev.sleet.samples;

import static dev.sleet.samples.model.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsTest {

    private final Database db = MigratedDatabase.open();
    private final Accounts accounts = new Accounts(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsTheAccountOfADevice() {
        db.insertInto(USERS)
                .values(List.of(User.signUp("ada", "pixel"), User.signUp("grace", "iphone")))
                .run();

        assertThat(accounts.byDevice("iphone")).map(User::id).contains("grace");
        assertThat(accounts.byDevice("nokia")).isEmpty();
    }

    @Test
    void aDeviceWithSeveralAccountsSignsInTheOneLastActive() {
        db.insertInto(USERS)
                .values(List.of(
                        User.signUp("old", "pixel"), User.signUp("new", "pixel"), User.signUp("older", "pixel")))
                .run();
        setLastActive("old", "2026-01-02T00:00:00Z");
        setLastActive("new", "2026-03-04T00:00:00Z");
        setLastActive("older", "2025-12-31T00:00:00Z");

        assertThat(accounts.byDevice("pixel")).map(User::id).contains("new");
    }

    private void setLastActive(String userId, String time) {
        db.update(USERS)
                .set(USERS.LAST_ACTIVE_AT, Instant.parse(time))
                .where(USERS.ID.eq(userId))
                .run();
    }
}
