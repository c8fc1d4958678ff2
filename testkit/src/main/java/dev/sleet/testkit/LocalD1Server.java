package dev.sleet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Real local D1 behind the paths and JSON shapes of Cloudflare's D1 REST API: {@code wrangler dev --local} on
 * 127.0.0.1 running {@code d1-local/rest-worker.js}, a small Worker that answers
 * {@code POST /client/v4/accounts/{account}/d1/database/{database}/(query|raw)} over its D1 bindings.
 *
 * <p>Each name given to {@link #start(Path, List)} becomes one independent local D1 database, whose database id
 * in the API's paths is that name. Requests need {@code Authorization: Bearer} {@link #apiToken()}. The server
 * takes a few seconds to start (Node, then workerd); start one per test run and {@link #close()} it at the end,
 * which stops wrangler and workerd.
 */
public final class LocalD1Server implements AutoCloseable {

    /** How long wrangler may take to say it is ready. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    /** Any account id is accepted; this is the one {@link #accountId()} suggests. */
    private static final String ACCOUNT_ID = "local-account";

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final String apiToken;

    private LocalD1Server(Process process, Path log, URI baseUri, String apiToken) {
        this.process = process;
        this.log = log;
        this.baseUri = baseUri;
        this.apiToken = apiToken;
    }

    /**
     * Starts the server with one local D1 database per name and waits until it answers.
     *
     * @param projectDir a folder for the Worker's project and its {@code .wrangler} state, typically a temporary one
     * @param databases  the databases' names: JavaScript identifiers such as {@code HTTP_DB}; each is a database id
     * @throws IllegalStateException if wrangler exits or is not ready within two minutes; the message holds its log
     */
    public static LocalD1Server start(Path projectDir, List<String> databases) {
        if (databases.isEmpty() || !databases.stream().allMatch(d -> d.matches("[A-Z][A-Z0-9_]*"))) {
            throw new IllegalArgumentException(
                    "database names must be upper-case identifiers such as HTTP_DB: " + databases);
        }
        Path dir = projectDir.toAbsolutePath().normalize();
        String token = "local-" + UUID.randomUUID();
        int port = freePort();
        Path log = dir.resolve("wrangler-dev.log");
        try {
            Files.createDirectories(dir);
            Files.copy(
                    LocalD1.d1Local().resolve("rest-worker.js"),
                    dir.resolve("rest-worker.js"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("wrangler.toml"), wranglerToml(token, databases));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the local D1 server in " + dir, e);
        }
        ProcessBuilder builder = LocalD1.wranglerProcess(
                dir,
                LocalD1.wranglerJs(),
                "dev",
                "--local",
                "--ip",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--inspector-port",
                Integer.toString(freePort()),
                "--show-interactive-dev-session=false",
                "--log-level",
                "info");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot start wrangler dev: is node (Node.js 20 or later) on the PATH? " + e.getMessage(), e);
        }
        LocalD1Server server =
                new LocalD1Server(process, log, URI.create("http://127.0.0.1:" + port + "/client/v4"), token);
        server.awaitReady();
        return server;
    }

    /** The API base to give the driver, e.g. {@code http://127.0.0.1:PORT/client/v4}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The token the server expects in {@code Authorization: Bearer}. */
    public String apiToken() {
        return apiToken;
    }

    /** An account id for the API's paths; the server accepts any. */
    public String accountId() {
        return ACCOUNT_ID;
    }

    /** Stops wrangler and the workerd it started. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String wranglerToml(String token, List<String> databases) {
        StringBuilder toml = new StringBuilder("""
        name = "sleet-local-d1-api"
        main = "rest-worker.js"
        compatibility_date = "2025-01-01"

        [vars]
        API_TOKEN = "%s"
        """.formatted(token));
        for (String name : databases) {
            toml.append("""

          [[d1_databases]]
          binding = "%1$s"
          database_name = "%1$s"
          database_id = "%1$s"
          """.formatted(name));
        }
        return toml.toString();
    }

    /** Waits until wrangler prints that it is ready; a request before that would be refused. */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String output = logText();
            if (output.contains("Ready on http://127.0.0.1")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "wrangler dev exited with " + process.exitValue() + " before it was ready:\n" + output);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for wrangler dev", e);
            }
        }
        close();
        throw new IllegalStateException(
                "wrangler dev was not ready within " + START_TIMEOUT.toSeconds() + " s:\n" + logText());
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }
}
