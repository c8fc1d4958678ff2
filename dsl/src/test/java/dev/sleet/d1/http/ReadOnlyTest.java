package dev.sleet.d1.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements the driver may send again after a lost answer: only those that cannot write. */
class ReadOnlyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1",
                "select * from users where id = ?",
                "WITH recent AS (SELECT * FROM users) SELECT count(*) FROM recent",
                "VALUES (1), (2)",
                "SELECT replace(email, '@', ' at ') FROM users",
                "SELECT \"update\", \"delete\" FROM t",
                "SELECT 'INSERT INTO t' AS text -- DROP TABLE users",
                "EXPLAIN QUERY PLAN DELETE FROM users",
                "PRAGMA table_info(users)",
                "PRAGMA main.index_list('users')",
                "PRAGMA foreign_key_check",
                "PRAGMA foreign_keys",
                "SELECT 1;"
            })
    void reads(String sql) {
        assertThat(ReadOnly.all(List.of(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INSERT INTO users (id) VALUES ('u1')",
                "UPDATE users SET points = 0",
                "DELETE FROM users",
                "REPLACE INTO users (id) VALUES ('u1')",
                "INSERT OR REPLACE INTO users (id) VALUES ('u1')",
                "WITH n AS (SELECT 1) INSERT INTO t SELECT * FROM n",
                "WITH old AS (SELECT id FROM users) DELETE FROM users WHERE id IN old",
                "CREATE TABLE t (x)",
                "DROP TABLE t",
                "ALTER TABLE t ADD COLUMN y",
                "PRAGMA foreign_keys = OFF",
                "PRAGMA defer_foreign_keys(1)",
                "PRAGMA optimize",
                "SELECT 1; DELETE FROM users",
                "ANALYZE",
                ""
            })
    void writesOrMightWrite(String sql) {
        assertThat(ReadOnly.all(List.of(sql))).isFalse();
    }

    @Test
    void aBatchReadsOnlyWhenEveryStatementDoes() {
        assertThat(ReadOnly.all(List.of("SELECT 1", "SELECT 2"))).isTrue();
        assertThat(ReadOnly.all(List.of("SELECT 1", "UPDATE users SET points = 0")))
                .isFalse();
    }
}
