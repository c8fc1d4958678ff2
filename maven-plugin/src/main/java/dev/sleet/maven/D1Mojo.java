package dev.sleet.maven;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.migrate.config.WranglerConfig;
import dev.sleet.migrations.MigrationException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

/**
 * What the d1 goals share: where the migrations are and what table records them (from {@code wrangler.toml} or
 * {@code wrangler.jsonc} when present, overridden by plugin configuration), and which database to migrate.
 */
abstract class D1Mojo extends AbstractMojo {

    /** The project's folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The wrangler binding or database_name to use when the wrangler config declares several D1 databases. */
    @Parameter(property = "d1.database")
    protected String database;

    /** The migrations folder; by default wrangler's {@code migrations_dir}, else {@code migrations}. */
    @Parameter(property = "d1.migrationsDir")
    protected File migrationsDir;

    /** The tracking table; by default wrangler's {@code migrations_table}, else {@code d1_migrations}. */
    @Parameter(property = "d1.migrationsTable")
    protected String migrationsTable;

    /** A SQLite database file to migrate or inspect (the embedded engine's file). */
    @Parameter(property = "d1.databaseFile")
    protected File databaseFile;

    /**
     * Migrate or inspect the local D1 that {@code wrangler dev} and {@code wrangler d1 ... --local} use, in
     * {@code .wrangler/state} under the project folder.
     */
    @Parameter(property = "d1.local", defaultValue = "false")
    protected boolean local;

    /**
     * Migrate or inspect the remote D1 database through Cloudflare's API. The account id, database id and API token
     * come from the environment ({@code CLOUDFLARE_ACCOUNT_ID}, {@code CLOUDFLARE_D1_DATABASE_ID},
     * {@code CLOUDFLARE_API_TOKEN}), from the settings server {@link #serverId}, or, for the database id, from the
     * wrangler config; never from the pom.
     */
    @Parameter(property = "d1.remote", defaultValue = "false")
    protected boolean remote;

    /** The {@code settings.xml} server whose username is the account id and password the API token. */
    @Parameter(property = "d1.serverId", defaultValue = "cloudflare-d1")
    protected String serverId;

    /** Another base for the D1 API than Cloudflare's (a proxy; plain http only to loopback). */
    @Parameter(property = "d1.apiBaseUrl")
    protected String apiBaseUrl;

    /** Maven's settings, for {@link #serverId}. */
    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    /**
     * Runs the goal. A database's failure (a refused token, a wrong id, a lost connection, a failing migration) fails
     * the build with its message, not with a stack trace.
     */
    @Override
    public final void execute() throws MojoFailureException {
        try {
            run();
        } catch (D1Exception | MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** What the goal does. */
    protected abstract void run() throws MojoFailureException;

    /** The migrations folder to use. */
    protected Path migrationsFolder() throws MojoFailureException {
        if (migrationsDir != null) {
            return migrationsDir.toPath();
        }
        return wranglerDatabase()
                .map(WranglerConfig.D1Database::migrationsDir)
                .orElse(basedir.toPath().resolve("migrations"));
    }

    /** The tracking table to use. */
    protected String trackingTable() throws MojoFailureException {
        if (migrationsTable != null) {
            return migrationsTable;
        }
        return wranglerDatabase()
                .map(WranglerConfig.D1Database::migrationsTable)
                .orElse("d1_migrations");
    }

    /** The target database, or empty when none is configured. */
    protected Optional<Database> openTarget() throws MojoFailureException {
        if ((databaseFile != null ? 1 : 0) + (local ? 1 : 0) + (remote ? 1 : 0) > 1) {
            throw new MojoFailureException("choose one target: -Dd1.databaseFile=<file>, -Dd1.local=true or "
                    + "-Dd1.remote=true, not several");
        }
        if (remote) {
            try {
                return Optional.of(Sleet.d1(RemoteTarget.options(
                        System.getenv(), settings, serverId, wranglerDatabase(), database != null, apiBaseUrl)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException(e.getMessage(), e);
            }
        }
        if (databaseFile != null) {
            return Optional.of(Sleet.sqlite(databaseFile.toPath()));
        }
        if (local) {
            return Optional.of(Sleet.sqlite(localD1File()));
        }
        return Optional.empty();
    }

    /** The target database, which this goal needs. */
    protected Database requireTarget() throws MojoFailureException {
        return openTarget()
                .orElseThrow(() -> new MojoFailureException("no database to work on: pass "
                        + "-Dd1.databaseFile=<sqlite file>, -Dd1.local=true (wrangler's local D1) or -Dd1.remote=true (D1 through "
                        + "Cloudflare's API)"));
    }

    private Path localD1File() throws MojoFailureException {
        Path state = basedir.toPath().resolve(".wrangler/state/v3/d1/miniflare-D1DatabaseObject");
        List<Path> files;
        try (Stream<Path> list = Files.isDirectory(state) ? Files.list(state) : Stream.empty()) {
            // Miniflare names each database file by a 64-hex-digit id; metadata.sqlite beside them is its own.
            files = list.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.sqlite"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.size() != 1) {
            throw new MojoFailureException("wrangler's local D1 state in " + state + " holds " + files.size()
                    + " databases; "
                    + (files.isEmpty()
                            ? "run any 'wrangler d1 ... --local' command once to create it"
                            : "choose one with -Dd1.databaseFile=<file>: " + files));
        }
        return files.get(0);
    }

    private Optional<WranglerConfig.D1Database> wranglerDatabase() throws MojoFailureException {
        try {
            Optional<WranglerConfig> config = WranglerConfig.find(basedir.toPath());
            return config.isEmpty() ? Optional.empty() : config.get().database(database);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
