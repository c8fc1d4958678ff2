package dev.sleet.d1.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sleet.d1.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for D1's REST API: a real HTTP server on 127.0.0.1 (a free port), started once per test class, that
 * records every request and answers each from a script of {@link Reply replies}, in order. Databases connected to
 * it record the pauses their retries ask for instead of sleeping.
 *
 * <p>After each test it checks the script was followed exactly: a request with no reply left fails the test, and so
 * does a reply left unused, so a test cannot pass while the driver sent more or fewer requests than it scripted.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeD1Server d1 = new FakeD1Server();
 *
 * @Test
 * void reads() {
 *   d1.script(Reply.ok(D1Answers.rows(List.of("n"), List.of(1))));
 *   try (Database db = d1.connect()) {
 *     assertThat(db.prepare("SELECT 1 AS n").first()).isPresent();
 *   }
 *   assertThat(d1.onlyRequest().path()).endsWith("/raw");
 * }
 * }</pre>
 */
final class FakeD1Server implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final String ACCOUNT = "acc0123456789";
    static final String DATABASE = "db-4f1e-9a2b";
    static final String TOKEN = "tok-Secret-8c3a7f";

    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Long> pauses = new CopyOnWriteArrayList<>();
    private final AtomicInteger unscripted = new AtomicInteger();
    private HttpServer server;
    private ExecutorService handlers;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
        handlers.shutdownNow(); // wakes handlers still waiting to send a delayed reply
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        script.clear();
        requests.clear();
        pauses.clear();
        unscripted.set(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (unscripted.get() > 0) {
            throw new AssertionError(unscripted.get() + " request(s) arrived with no reply scripted: " + requests);
        }
        if (!script.isEmpty()) {
            throw new AssertionError(script.size() + " scripted reply(ies) unused: the driver sent fewer requests");
        }
    }

    /** Adds replies to the script, answered in order. */
    void script(Reply... replies) {
        Collections.addAll(script, replies);
    }

    /** The requests received so far in this test, in order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The one request received in this test; fails when there were none or several. */
    RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    /** The pauses, in milliseconds, that databases from {@link #connect} asked for between attempts. */
    List<Long> pauses() {
        return List.copyOf(pauses);
    }

    /** The API base this server answers on: {@code http://127.0.0.1:PORT/client/v4}. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4");
    }

    /** Options for this server: its base URI, 3 retries, and a 5 s answer timeout so a stuck test ends. */
    D1HttpOptions options() {
        return D1HttpOptions.of(ACCOUNT, DATABASE, TOKEN)
                .withBaseUri(baseUri())
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    /** A database on this server with {@link #options()}, whose retry pauses are recorded, not slept. */
    Database connect() {
        return connect(options());
    }

    /** A database with the given options, whose retry pauses are recorded, not slept. */
    Database connect(D1HttpOptions options) {
        return new Database(new HttpDriver(options, pauses::add));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    lowerCaseNames(exchange.getRequestHeaders()),
                    body));
            Reply reply = script.poll();
            if (reply == null) {
                unscripted.incrementAndGet();
                reply = Reply.json(500, D1Answers.error(0, "fake D1 server: no reply scripted for this request"));
            }
            answer(exchange, reply);
        }
    }

    private static void answer(HttpExchange exchange, Reply reply) {
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the server is stopping
        }
        if (reply.dropped()) {
            return; // closing the exchange before any header is sent closes the connection
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // The client gave up waiting (a delayed reply past its timeout): nobody is left to answer.
        }
    }

    private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
