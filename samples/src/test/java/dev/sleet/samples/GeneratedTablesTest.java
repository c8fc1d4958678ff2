package dev.sleet.samples;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.samples.model.Apps.APPS;
import static dev.sleet.samples.model.Screens.SCREENS;
import static dev.sleet.samples.model.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.App;
import dev.sleet.samples.model.Screen;
import dev.sleet.samples.model.User;
import dev.sleet.tuple.Tuple2;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DSL against the table classes the annotation processor generated, on the migrated schema. */
class GeneratedTablesTest {

    private Database db;

    @BeforeEach
    void open() {
        db = MigratedDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertLeavesNullDefaultedColumnsToTheDatabase() {
        db.insertInto(USERS).values(User.signUp("u1", "device-1")).run();

        User user = db.selectFrom(USERS)
                .where(USERS.DEVICE_ID.eq("device-1"))
                .first()
                .orElseThrow();
        assertThat(user.points()).isZero();
        assertThat(user.tier()).isEqualTo("free");
        assertThat(user.credits()).isEqualTo(1000);
        assertThat(user.isBanned()).isFalse();
        assertThat(user.email()).isNull();
        assertThat(user.createdAt())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void typeUseNullableMakesColumnsNullableAndOthersStayNotNull() throws Exception {
        var users = SchemaFromDescriptor.read().table("users").orElseThrow();
        assertThat(users.column("email").orElseThrow().nullable()).isTrue();
        assertThat(users.column("device_id").orElseThrow().nullable()).isFalse();
        assertThat(USERS.EMAIL.nullable()).isTrue();
        assertThat(USERS.DEVICE_ID.nullable()).isFalse();
    }

    @Test
    void autoIncrementIdsComeBackThroughReturning() {
        db.insertInto(USERS).values(User.signUp("u1", "d1")).run();
        Optional<Long> id = db.insertInto(APPS)
                .values(new App(null, "u1", "Maps", null))
                .returning(APPS.ID)
                .first();
        assertThat(id).contains(1L);
    }

    @Test
    void leftJoinReadsAMissingSideAsNull() {
        db.insertInto(USERS)
                .values(List.of(User.signUp("u1", "d1"), User.signUp("u2", "d2")))
                .run();
        db.insertInto(APPS).values(new App(null, "u1", "Maps", null)).run();

        List<Tuple2<User, App>> rows = db.select(USERS, APPS)
                .from(USERS)
                .leftJoin(APPS)
                .on(APPS.OWNER_ID.eq(USERS.ID))
                .orderBy(USERS.ID.asc())
                .all();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).value2().name()).isEqualTo("Maps");
        assertThat(rows.get(1).value1().id()).isEqualTo("u2");
        assertThat(rows.get(1).value2()).isNull();
    }

    @Test
    void deletingAUserCascadesToTheirAppsAndScreens() {
        db.insertInto(USERS).values(User.signUp("u1", "d1")).run();
        db.insertInto(APPS).values(new App(null, "u1", "Maps", null)).run();
        db.insertInto(SCREENS)
                .values(new Screen(null, 1, "u1", 0, null, "img/0", null))
                .run();

        db.deleteFrom(USERS).where(USERS.ID.eq("u1")).run();

        assertThat(db.select(count()).from(APPS).first()).contains(0L);
        assertThat(db.select(count()).from(SCREENS).first()).contains(0L);
    }
}
