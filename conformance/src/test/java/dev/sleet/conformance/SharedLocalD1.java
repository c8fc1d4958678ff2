package dev.sleet.conformance;

import dev.sleet.d1.Database;
import dev.sleet.result.Row;
import dev.sleet.testkit.LocalD1Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one local D1 server of a test run, started on first use and stopped when the JVM exits: two independent
 * databases, one for the {@code http} driver and one for the reference engine, so that neither sees the other's
 * tables.
 */
final class SharedLocalD1 {

    static final String HTTP_DB = "HTTP_DB";
    static final String REFERENCE_DB = "REFERENCE_DB";

    private static SharedLocalD1 instance;

    private final LocalD1Server server;

    private SharedLocalD1(LocalD1Server server) {
        this.server = server;
    }

    /** The server, with {@code database} emptied of every table, view and trigger an earlier test left. */
    static synchronized SharedLocalD1 emptied(String database) {
        if (instance == null) {
            instance = new SharedLocalD1(LocalD1Server.start(projectDir(), List.of(HTTP_DB, REFERENCE_DB)));
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::close, "local-d1-stop"));
        }
        instance.empty(database);
        return instance;
    }

    URI baseUri() {
        return server.baseUri();
    }

    String apiToken() {
        return server.apiToken();
    }

    String accountId() {
        return server.accountId();
    }

    /** A driver that gives {@link #REFERENCE_DB} statements exactly as written. */
    ReferenceDriver referenceDriver() {
        return new ReferenceDriver(
                server.baseUri()
                        .resolve("/client/v4/accounts/" + accountId() + "/d1/database/" + REFERENCE_DB + "/query"),
                server.apiToken());
    }

    /**
     * Drops every table and view in one batch. Foreign keys cannot be turned off on D1, so their checks are
     * deferred to the end of the batch, when no table is left to violate them.
     */
    private void empty(String database) {
        try (Database db = new Database(new ReferenceDriver(
                server.baseUri().resolve("/client/v4/accounts/" + accountId() + "/d1/database/" + database + "/query"),
                server.apiToken()))) {
            List<String> drops = new ArrayList<>(List.of("PRAGMA defer_foreign_keys = on"));
            for (Row object : db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                            + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'")
                    .all()) {
                drops.add("DROP " + object.getString("type").toUpperCase() + " IF EXISTS \"" + object.getString("name")
                        + "\"");
            }
            if (drops.size() > 1) {
                db.batch(drops.stream().map(db::prepare).toList());
            }
        }
    }

    private static Path projectDir() {
        try {
            return Files.createTempDirectory("sleet-conformance-d1-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for local D1", e);
        }
    }
}
