package dev.sleet.query;

import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.fixtures.Schema;
import dev.sleet.fixtures.User;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void insertsAndReadsBackAUserWithDefaults() {
    try (Database db = Schema.create(Sleet.sqliteInMemory())) {
      db.insertInto(USERS).values(User.of("u1", "d1")).run();
      User u = db.selectFrom(USERS).where(USERS.DEVICE_ID.eq("d1")).first().orElseThrow();
      assertThat(u.id()).isEqualTo("u1");
      assertThat(u.points()).isZero();
      assertThat(u.tier()).isEqualTo("free");
      assertThat(u.createdAt()).isNotNull();
    }
  }
}
