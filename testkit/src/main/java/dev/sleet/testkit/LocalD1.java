package dev.sleet.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real local Cloudflare D1 database, driven through the {@code wrangler} CLI that
 * {@code d1-local/package.json} pins, so that Sleet's migration files can be checked against
 * what wrangler itself does with them.
 *
 * <p>{@link #create(Path)} writes a {@code wrangler.toml} that binds one D1 database ({@code DB},
 * migrations in {@code migrations/}, recorded in {@code d1_migrations}) into a project folder.
 * Each operation then runs one {@code wrangler d1 ... --local} subprocess in that folder (about a
 * second or two each, mostly Node start-up), so tests should batch their SQL into few calls. The
 * database's state lives in the folder's {@code .wrangler/state}, as a plain SQLite file that
 * {@link #sqliteFile()} finds.
 *
 * <p>Wrangler runs offline and without prompts: no standard input, {@code CI=true}, metrics, error
 * reports and the banner's update check off, and its home, config, cache and log folders inside
 * {@code .wrangler/sleet-home} of the project folder, so nothing is written to the user's home.
 * Wrangler is installed into {@code d1-local/node_modules} with {@code npm ci} on first use if it
 * is not there yet (once per JVM).
 *
 * <p>Any failing call throws a {@link WranglerException} that carries wrangler's output.
 */
public final class LocalD1 {

    /** The binding that {@code wrangler.toml} gives the database, and that every command names. */
    public static final String BINDING = "DB";

    /** The table in which wrangler records applied migrations. */
    public static final String MIGRATIONS_TABLE = "d1_migrations";

    /** How long one wrangler call may take before it is killed. */
    static final Duration WRANGLER_TIMEOUT = Duration.ofMinutes(2);

    /** How long installing wrangler with npm may take. */
    static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);

    private static final String WRANGLER_TOML = """
      name = "sleet-test"
      compatibility_date = "2025-01-01"

      [[d1_databases]]
      binding = "%s"
      database_name = "sleet-test"
      database_id = "00000000-0000-0000-0000-000000000000"
      migrations_dir = "migrations"
      migrations_table = "%s"
      """.formatted(BINDING, MIGRATIONS_TABLE);

    /** Miniflare names a database's file by a hash; beside it lies its own {@code metadata.sqlite}. */
    private static final Pattern DATABASE_FILE = Pattern.compile("[0-9a-f]{64}\\.sqlite");

    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code d1-local} folder once wrangler is known to be installed there; guarded by the class. */
    private static Path installedD1Local;

    private final Path projectDir;
    private final Path wranglerJs;

    private LocalD1(Path projectDir, Path wranglerJs) {
        this.projectDir = projectDir;
        this.wranglerJs = wranglerJs;
    }

    /**
     * Makes {@code projectDir} a wrangler project with one local D1 database: writes its
     * {@code wrangler.toml} (overwriting any) and creates its empty {@code migrations/} folder.
     * Installs wrangler into the repository's {@code d1-local} folder first if needed; the
     * repository is found by walking up from the working directory to the folder that holds
     * {@code d1-local/package.json}.
     *
     * @param projectDir the folder to use, created if missing; typically a JUnit {@code @TempDir}
     * @return the database, ready for migration files and calls
     * @throws IllegalStateException if {@code d1-local} cannot be found, or npm is missing or fails
     */
    public static LocalD1 create(Path projectDir) {
        Path d1Local = ensureWranglerInstalled();
        Path dir = projectDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("wrangler.toml"), WRANGLER_TOML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up a wrangler project in " + dir, e);
        }
        return new LocalD1(dir, d1Local.resolve("node_modules/wrangler/bin/wrangler.js"));
    }

    /** The project folder that {@link #create(Path)} was given. */
    public Path projectDir() {
        return projectDir;
    }

    /**
     * The folder wrangler reads migrations from; files in it are named {@code NNNN_name.sql} and
     * applied in name order.
     */
    public Path migrationsDir() {
        return projectDir.resolve("migrations");
    }

    /**
     * Runs {@code wrangler d1 migrations apply DB --local}: applies, in order, every file in
     * {@link #migrationsDir()} not yet recorded in {@code d1_migrations}. Wrangler applies each file
     * as one unit and stops at the first that fails.
     *
     * @throws WranglerException if wrangler exits non-zero, e.g. when a migration fails; its message
     *     holds wrangler's output, which names the failing file and SQLite's error
     */
    public void applyMigrations() {
        wrangler("d1", "migrations", "apply", BINDING, "--local");
    }

    /**
     * Runs {@code wrangler d1 execute DB --local --json --command SQL} and returns the rows of the
     * first statement's result. {@code sql} may hold several statements; wrangler runs them all,
     * but only the first result is returned.
     *
     * <p>Values are as wrangler's JSON gives them, read by Jackson: {@code Integer}, {@code Long},
     * {@code Double}, {@code String} or {@code null}. Wrangler passes integers through JavaScript
     * numbers, so those beyond 2<sup>53</sup> come back rounded, and it prints a BLOB as a string
     * such as {@code "[1, 2]"}; read {@link #sqliteFile()} for exact values.
     *
     * @return the rows, each a map from column name to value in column order
     * @throws WranglerException if wrangler exits non-zero (e.g. on an SQL error) or prints no
     *     result
     */
    public List<Map<String, Object>> query(String sql) {
        // "--command=SQL" keeps SQL that starts with "--" (a comment) from being read as an option.
        WranglerResult result = wrangler("d1", "execute", BINDING, "--local", "--json", "--command=" + sql);
        try {
            JsonNode results = JSON.readTree(result.stdout());
            if (results == null
                    || !results.isArray()
                    || results.isEmpty()
                    || !results.get(0).path("results").isArray()) {
                throw new WranglerException("wrangler printed no query result", result);
            }
            return JSON.convertValue(results.get(0).get("results"), new TypeReference<List<Map<String, Object>>>() {});
        } catch (IOException e) {
            throw new WranglerException("wrangler printed no JSON: " + e.getMessage(), result);
        }
    }

    /**
     * The names of the applied migrations, in the order wrangler applied them
     * ({@code SELECT name FROM d1_migrations ORDER BY id}).
     *
     * @throws WranglerException if no migrations were ever applied, so the table does not exist
     */
    public List<String> appliedMigrations() {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : query("SELECT name FROM " + MIGRATIONS_TABLE + " ORDER BY id")) {
            names.add((String) row.get("name"));
        }
        return names;
    }

    /**
     * The SQLite file that holds the local database:
     * {@code .wrangler/state/v3/d1/miniflare-D1DatabaseObject/<hash>.sqlite}. It exists once any
     * call has touched the database. It is in WAL mode; open it read-only, and only between calls.
     *
     * @throws IllegalStateException if there is no such file yet, or more than one
     */
    public Path sqliteFile() {
        Path dir = projectDir.resolve(".wrangler/state/v3/d1/miniflare-D1DatabaseObject");
        List<Path> files;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> DATABASE_FILE
                                .matcher(f.getFileName().toString())
                                .matches())
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        } else {
            files = List.of();
        }
        if (files.size() != 1) {
            throw new IllegalStateException(
                    files.isEmpty()
                            ? "no local D1 database file in " + dir + " yet: call applyMigrations() or query() first"
                            : "expected one local D1 database file in " + dir + " but found " + files);
        }
        return files.get(0);
    }

    // ---------------------------------------------------------------------------------------------
    // Running wrangler

    /** Runs wrangler with {@code args} in the project folder and returns its output if it exits 0. */
    private WranglerResult wrangler(String... args) {
        ProcessBuilder builder = wranglerProcess(projectDir, wranglerJs, args);
        Output out = run(builder, WRANGLER_TIMEOUT, "node (to run wrangler)");
        WranglerResult result =
                new WranglerResult(String.join(" ", args), out.exitCode(), out.stdout(), out.stderr(), out.elapsed());
        if (out.exitCode() != 0) {
            throw new WranglerException(
                    out.timedOut()
                            ? "wrangler did not finish within " + WRANGLER_TIMEOUT.toSeconds() + " s"
                            : "wrangler exited with " + out.exitCode() + jsonError(out.stdout()),
                    result);
        }
        return result;
    }

    /**
     * A wrangler command in {@code projectDir}, offline and without prompts: no Cloudflare settings of the caller's,
     * metrics, error reports and update checks off, and home, config, cache and log folders inside the project's
     * {@code .wrangler/sleet-home}.
     */
    static ProcessBuilder wranglerProcess(Path projectDir, Path wranglerJs, String... args) {
        Path sandbox = projectDir.resolve(".wrangler/sleet-home");
        List<String> command = new ArrayList<>(List.of("node", wranglerJs.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile());
        Map<String, String> env = builder.environment();
        // Nothing from the caller's Cloudflare set-up (tokens, accounts, overrides) may reach it.
        env.keySet().removeIf(k -> k.startsWith("WRANGLER_") || k.startsWith("CLOUDFLARE_") || k.startsWith("CF_"));
        env.put("CI", "true");
        env.put("WRANGLER_SEND_METRICS", "false");
        env.put("WRANGLER_SEND_ERROR_REPORTS", "false");
        env.put("WRANGLER_HIDE_BANNER", "true"); // the banner also asks the npm registry for updates
        env.put("WRANGLER_LOG_PATH", sandbox.resolve("logs").toString());
        env.put("NO_COLOR", "1");
        env.put("FORCE_COLOR", "0");
        env.put("HOME", sandbox.toString());
        env.put("XDG_CONFIG_HOME", sandbox.resolve(".config").toString());
        env.put("XDG_CACHE_HOME", sandbox.resolve(".cache").toString());
        env.put("XDG_DATA_HOME", sandbox.resolve(".local/share").toString());
        env.put("XDG_STATE_HOME", sandbox.resolve(".local/state").toString());
        try {
            Files.createDirectories(sandbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + sandbox, e);
        }
        return builder;
    }

    /** The {@code wrangler.js} of the installed wrangler, installing it first if needed. */
    static Path wranglerJs() {
        return ensureWranglerInstalled().resolve("node_modules/wrangler/bin/wrangler.js");
    }

    /** The repository's {@code d1-local} folder, with wrangler installed. */
    static Path d1Local() {
        return ensureWranglerInstalled();
    }

    /**
     * With {@code --json}, wrangler reports a failure as {@code {"error": {"text": ...}}} on
     * standard output; returns that text unescaped after {@code ": "}, or {@code ""} if there is none.
     */
    private static String jsonError(String stdout) {
        try {
            JsonNode text = JSON.readTree(stdout).path("error").path("text");
            return text.isTextual() ? ": " + text.asText() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Installs wrangler into {@code d1-local} with {@code npm ci} (or {@code npm install} when there
     * is no lock file) unless {@code node_modules/.bin/wrangler} is already there; once per JVM.
     *
     * @return the {@code d1-local} folder
     */
    private static synchronized Path ensureWranglerInstalled() {
        if (installedD1Local != null) {
            return installedD1Local;
        }
        Path d1Local = findD1Local();
        if (!Files.exists(d1Local.resolve("node_modules/.bin/wrangler"))) {
            boolean locked = Files.exists(d1Local.resolve("package-lock.json"));
            ProcessBuilder npm = new ProcessBuilder("npm", locked ? "ci" : "install", "--no-audit", "--no-fund")
                    .directory(d1Local.toFile());
            npm.environment().put("CI", "true");
            Output out = run(npm, NPM_TIMEOUT, "npm (to install wrangler into " + d1Local + ")");
            if (out.exitCode() != 0 || !Files.exists(d1Local.resolve("node_modules/.bin/wrangler"))) {
                throw new IllegalStateException("installing wrangler with `npm " + (locked ? "ci" : "install")
                        + "` in " + d1Local
                        + (out.timedOut()
                                ? " did not finish within " + NPM_TIMEOUT.toMinutes() + " minutes"
                                : " failed (exit " + out.exitCode() + ")")
                        + "\n--- stdout\n" + out.stdout() + "\n--- stderr\n" + out.stderr());
            }
        }
        installedD1Local = d1Local;
        return d1Local;
    }

    /** Walks up from the working directory to the folder holding {@code d1-local/package.json}. */
    private static Path findD1Local() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("d1-local");
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no d1-local/package.json in " + start + " or any folder above it; run from the Sleet repository");
    }

    /** What one subprocess printed and how it ended; exit code -1 means it was killed on timeout. */
    private record Output(int exitCode, boolean timedOut, String stdout, String stderr, Duration elapsed) {}

    /**
     * Runs {@code builder} with no standard input and its output captured in temporary files (not
     * pipes, which a lingering grandchild such as workerd could hold open), killing the process and
     * its descendants if it outlives {@code timeout}.
     */
    private static Output run(ProcessBuilder builder, Duration timeout, String what) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("sleet-localD1-", ".out");
            stderr = Files.createTempFile("sleet-localD1-", ".err");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            long start = System.nanoTime();
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "cannot start " + what + ": is " + builder.command().get(0)
                                + " (Node.js 20 or later) installed and on the PATH? " + e.getMessage(),
                        e);
            }
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return new Output(
                    finished ? process.exitValue() : -1,
                    !finished,
                    read(stdout),
                    read(stderr),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("running " + what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what, e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static String read(Path file) throws IOException {
        return ANSI_ESCAPE
                .matcher(Files.readString(file, StandardCharsets.UTF_8))
                .replaceAll("");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up
            }
        }
    }

    /**
     * One finished wrangler call.
     *
     * @param command the arguments given to wrangler
     * @param exitCode its exit code, or -1 if it was killed on timeout
     * @param stdout what it printed on standard output, colour codes removed
     * @param stderr what it printed on standard error, colour codes removed
     * @param elapsed its wall time
     */
    public record WranglerResult(String command, int exitCode, String stdout, String stderr, Duration elapsed) {}

    /** A wrangler call that failed; its message holds the command and everything wrangler printed. */
    public static final class WranglerException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient WranglerResult result;

        WranglerException(String reason, WranglerResult result) {
            super("`wrangler " + result.command() + "`: " + reason + " after "
                    + result.elapsed().toMillis() + " ms\n--- stdout\n"
                    + result.stdout().strip()
                    + "\n--- stderr\n" + result.stderr().strip());
            this.result = result;
        }

        /** The failed call, with wrangler's exit code and output. */
        public WranglerResult result() {
            return result;
        }
    }
}
