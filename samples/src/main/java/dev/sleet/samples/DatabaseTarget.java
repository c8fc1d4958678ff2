package dev.sleet.samples;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which database the sample app runs on: a remote D1 database when the environment names one, otherwise an embedded
 * SQLite file that behaves like D1 (the file given as the program's argument, or a new one in a temporary folder).
 *
 * <pre>{@code
 * DatabaseTarget target = DatabaseTarget.choose(System.getenv(), args);
 * try (Database db = target.open()) { ... }
 * }</pre>
 */
public final class DatabaseTarget {

    /** The Cloudflare account that owns the D1 database (the name wrangler reads too). */
    public static final String ACCOUNT_ID = "CLOUDFLARE_ACCOUNT_ID";

    /** The D1 database's id, as {@code wrangler d1 create} prints it. */
    public static final String DATABASE_ID = "CLOUDFLARE_D1_DATABASE_ID";

    /** An API token with D1 edit permission (the name wrangler reads too). */
    public static final String API_TOKEN = "CLOUDFLARE_API_TOKEN";

    private static final List<String> REMOTE_VARIABLES = List.of(ACCOUNT_ID, DATABASE_ID, API_TOKEN);

    private final String description;
    private final Supplier<Database> opener;

    private DatabaseTarget(String description, Supplier<Database> opener) {
        this.description = description;
        this.opener = opener;
    }

    /**
     * Chooses from the environment and the program's arguments.
     *
     * @param env  environment variables: all three of {@link #ACCOUNT_ID}, {@link #DATABASE_ID} and
     *             {@link #API_TOKEN} for a remote D1, none of them for an embedded database
     * @param args nothing, or the SQLite file to use
     * @throws IllegalArgumentException when only some of the three variables are set, or there are several arguments
     */
    public static DatabaseTarget choose(Map<String, String> env, String... args) {
        List<String> set = REMOTE_VARIABLES.stream()
                .filter(name -> !env.getOrDefault(name, "").isBlank())
                .toList();
        if (set.size() == REMOTE_VARIABLES.size()) {
            if (args.length > 0) {
                throw new IllegalArgumentException("a database file (" + String.join(" ", args) + ") and a remote D1 ("
                        + String.join(", ", REMOTE_VARIABLES)
                        + " set) were both given: unset the variables or drop the file");
            }
            String databaseId = env.get(DATABASE_ID);
            return new DatabaseTarget(
                    "remote D1 database " + databaseId,
                    () -> Sleet.d1(env.get(ACCOUNT_ID), databaseId, env.get(API_TOKEN)));
        }
        if (!set.isEmpty()) {
            throw new IllegalArgumentException("a remote D1 needs " + String.join(", ", REMOTE_VARIABLES) + "; only "
                    + String.join(", ", set) + " set");
        }
        if (args.length > 1) {
            throw new IllegalArgumentException("usage: SaasApp [sqlite-file]");
        }
        if (args.length == 1) {
            Path file = Path.of(args[0]);
            return new DatabaseTarget("embedded SQLite file " + file, () -> Sleet.sqlite(file));
        }
        return new DatabaseTarget(
                "embedded SQLite in a new temporary file (set " + ACCOUNT_ID + ", " + DATABASE_ID + " and " + API_TOKEN
                        + " for a remote D1)",
                () -> Sleet.sqlite(temporaryFile()));
    }

    /** What the database is, for people to read; never shows the API token. */
    public String description() {
        return description;
    }

    /** Opens the database; close it when done. */
    public Database open() {
        return opener.get();
    }

    private static Path temporaryFile() {
        try {
            Path folder = Files.createTempDirectory("sleet-saas");
            folder.toFile().deleteOnExit(); // registered first, so deleted last: after the files in it
            Path file = folder.resolve("saas.db");
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                folder.resolve("saas.db" + suffix).toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the database", e);
        }
    }
}
