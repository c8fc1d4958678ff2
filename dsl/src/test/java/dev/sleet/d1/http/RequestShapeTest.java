package dev.sleet.d1.http;

import static dev.sleet.fixtures.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.fixtures.User;
import dev.sleet.result.Results;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the driver puts on the wire: D1's {@code /raw} endpoint, the token, and statements as JSON. */
class RequestShapeTest {

    @RegisterExtension
    static final FakeD1Server d1 = new FakeD1Server();

    private static final String RAW_PATH =
            "/client/v4/accounts/" + FakeD1Server.ACCOUNT + "/d1/database/" + FakeD1Server.DATABASE + "/raw";

    @Test
    void aStatementIsPostedToTheRawEndpointWithTheToken() {
        d1.script(Reply.ok(D1Answers.rows(List.of("id"), List.of("u1"))));
        try (Database db = Sleet.d1(d1.options())) {
            db.prepare("SELECT id FROM users WHERE email = ?")
                    .bind("ada@example.com")
                    .all();
        }
        RecordedRequest request = d1.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(RAW_PATH);
        assertThat(request.header("authorization")).isEqualTo("Bearer " + FakeD1Server.TOKEN);
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("""
        {"sql":"SELECT id FROM users WHERE email = ?","params":["ada@example.com"]}""");
    }

    @Test
    void aBaseUriWithATrailingSlashReachesTheSameEndpoint() {
        d1.script(Reply.ok(D1Answers.rows(List.of("n"), List.of(1))));
        URI withSlash = URI.create(d1.baseUri() + "/");
        try (Database db = d1.connect(d1.options().withBaseUri(withSlash))) {
            db.prepare("SELECT 1 AS n").all();
        }
        assertThat(d1.onlyRequest().path()).isEqualTo(RAW_PATH);
    }

    @Test
    void aBatchIsOneRequestCarryingEveryStatement() {
        d1.script(Reply.ok(D1Answers.writes(2)));
        try (Database db = d1.connect()) {
            db.batch(
                    db.insertInto(USERS).values(User.of("u1", "d1")),
                    db.update(USERS).set(USERS.POINTS, USERS.POINTS.plus(1)).where(USERS.ID.eq("u1")));
        }
        JsonNode batch = d1.onlyRequest().json().get("batch");
        assertThat(batch).hasSize(2);
        assertThat(batch.get(0).get("sql").asText()).startsWith("INSERT INTO \"users\"");
        assertThat(batch.get(0).get("params").toString()).isEqualTo("""
        ["u1",null,null,"d1","0"]""");
        assertThat(batch.get(1).get("sql").asText()).isEqualTo("""
            UPDATE "users" SET "points" = "users"."points" + +CAST(? AS INTEGER) WHERE "users"."id" = ?""");
        assertThat(batch.get(1).get("params").toString()).isEqualTo("""
        ["1","u1"]""");
    }

    @Test
    void anInsertSplitToFitD1sParameterLimitIsStillOneRequest() {
        List<User> users =
                IntStream.range(0, 30).mapToObj(i -> User.of("u" + i, "d" + i)).toList();
        int statements =
                Sleet.dsl().insertInto(USERS).values(users).toStatements(100).size();
        d1.script(Reply.ok(D1Answers.writes(statements)));
        try (Database db = d1.connect()) {
            assertThat(db.insertInto(USERS).values(users).run().changes()).isEqualTo(statements);
        }
        JsonNode batch = d1.onlyRequest().json().get("batch");
        assertThat(statements).isGreaterThan(1);
        assertThat(batch).hasSize(statements);
        batch.forEach(statement -> assertThat(statement.get("params").size()).isLessThanOrEqualTo(100));
        assertThat(batch.findValues("params").stream().mapToInt(JsonNode::size).sum())
                .isEqualTo(30 * 5); // id, email, display_name, device_id, is_banned
    }

    @Test
    void execSendsTheWholeScriptAsOneBatch() {
        d1.script(Reply.ok(D1Answers.writes(2)));
        try (Database db = d1.connect()) {
            assertThat(db.exec("CREATE TABLE a (x);\nCREATE TABLE b (y);").count())
                    .isEqualTo(2);
        }
        assertThat(d1.onlyRequest().body()).isEqualTo("""
        {"batch":[{"sql":"CREATE TABLE a (x)","params":[]},{"sql":"CREATE TABLE b (y)","params":[]}]}""");
    }

    @Test
    void eachStatementOfABatchGetsItsOwnResults() {
        d1.script(Reply.ok(D1Answers.success(
                D1Answers.result(List.of("id"), List.of(List.of("u1"), List.of("u2")), Map.of()),
                D1Answers.written(1, 0))));
        List<Results<?>> results;
        try (Database db = d1.connect()) {
            results = db.batch(
                    db.select(USERS.ID).from(USERS), db.deleteFrom(USERS).where(USERS.ID.eq("u3")));
        }
        assertThat(results.get(0)).isEqualTo(List.of("u1", "u2"));
        assertThat(results.get(1)).isEmpty();
        assertThat(results.get(1).meta().changes()).isEqualTo(1);
    }
}
