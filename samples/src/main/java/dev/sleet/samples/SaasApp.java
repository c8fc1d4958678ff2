package dev.sleet.samples;

import static dev.sleet.expr.Functions.count;
import static dev.sleet.samples.model.Users.USERS;

import dev.sleet.d1.Database;
import dev.sleet.errors.ConstraintViolationException;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.samples.model.Screen;
import dev.sleet.samples.model.User;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A day of a small SaaS product on D1: applies the migrations that {@code mvn d1:generate} wrote (the same files
 * {@code wrangler d1 migrations apply} takes), seeds an empty database, then runs what the product runs all day —
 * sign a device in ({@code first}), page through an app's screens ({@code all}), store an upload together with its
 * counter ({@code batch}), count a request against a rate limit (an upsert) — and prints what each did.
 *
 * <p>Runs on an embedded SQLite file that behaves like D1, or on a remote D1 database when
 * {@code CLOUDFLARE_ACCOUNT_ID}, {@code CLOUDFLARE_D1_DATABASE_ID} and {@code CLOUDFLARE_API_TOKEN} are set:
 *
 * <pre>
 * mvn -q -pl samples -am compile exec:java                          # a new temporary database
 * mvn -q -pl samples -am compile exec:java -Dexec.args=saas.db      # a database file that stays
 * </pre>
 */
public final class SaasApp {

    /** The system property naming the migrations folder; {@code migrations} in the working folder by default. */
    public static final String MIGRATIONS_FOLDER = "sleet.samples.migrations";

    private static final int PAGE_SIZE = 5;
    private static final int UPLOADS_PER_MINUTE = 3;

    /** An app id that no app has: AUTOINCREMENT starts at 1. */
    private static final long MISSING_APP = 0;

    private final Database db;
    private final PrintStream out;
    private final Instant now;
    private final Accounts accounts;
    private final ScreenFlows flows;
    private final RateLimiter uploadLimit;

    /**
     * The app on a database.
     *
     * @param out where it says what it did
     * @param now the time the rate limiter counts requests at
     */
    public SaasApp(Database db, PrintStream out, Instant now) {
        this.db = db;
        this.out = out;
        this.now = now;
        this.accounts = new Accounts(db);
        this.flows = new ScreenFlows(db, PAGE_SIZE);
        this.uploadLimit = new RateLimiter(db, UPLOADS_PER_MINUTE, Duration.ofMinutes(1));
    }

    /**
     * Runs the day on the database the environment names (see {@link DatabaseTarget}).
     *
     * @param args nothing, or the SQLite file to use
     */
    public static void main(String[] args) {
        run(System.getenv(), args, System.out, Instant.now());
    }

    /** Runs the day at {@code now} on the database an environment and arguments name, printing to {@code out}. */
    static void run(Map<String, String> env, String[] args, PrintStream out, Instant now) {
        DatabaseTarget target = DatabaseTarget.choose(env, args);
        out.println("Database: " + target.description());
        try (Database db = target.open()) {
            new SaasApp(db, out, now).run(Path.of(System.getProperty(MIGRATIONS_FOLDER, "migrations")));
        }
    }

    /** Migrates the database with the files in a folder, seeds it when empty, and runs the day's operations. */
    public void run(Path migrationsFolder) {
        migrate(migrationsFolder);
        seedIfEmpty();
        User ada = signIn();
        browse();
        upload(ada);
        uploadToMissingApp(ada);
        rateLimit();
    }

    private void migrate(Path folder) {
        Migrations migrations = Migrations.in(folder);
        if (migrations.files().isEmpty()) {
            throw new IllegalStateException("no migrations in " + folder.toAbsolutePath() + ": run from samples/, or "
                    + "name the folder with -D" + MIGRATIONS_FOLDER + "=<folder>");
        }
        List<String> applied = new MigrationRunner(db).apply(migrations);
        out.println(
                applied.isEmpty()
                        ? "Migrations: all " + migrations.files().size() + " already applied"
                        : "Migrations applied: " + String.join(", ", applied));
    }

    private void seedIfEmpty() {
        long users = db.select(count()).from(USERS).first().orElseThrow();
        if (users > 0) {
            out.println("Seed skipped: the database already has " + users + " users");
            return;
        }
        SeedData seed = SeedData.demo(now);
        seed.insertInto(db);
        out.println("Seeded " + seed.users().size() + " users, " + seed.apps().size() + " apps and "
                + seed.screens().size() + " screens in one atomic batch");
    }

    private User signIn() {
        User user = accounts.byDevice(SeedData.ADA_DEVICE)
                .orElseThrow(() -> new IllegalStateException("no account on device " + SeedData.ADA_DEVICE
                        + ": this database holds other data than the sample's"));
        out.println("Sign-in by device (first): " + SeedData.ADA_DEVICE + " is " + user.id() + " ("
                + user.displayName() + "), " + user.subscriptionTier() + " tier, " + user.screensUploaded()
                + " screens uploaded, " + user.credits() + " credits");
        return user;
    }

    private void browse() {
        String page = flows.page(SeedData.MAPS, 2).stream()
                .map(screen -> screen.flowIndex() + " " + screen.title())
                .collect(Collectors.joining(", "));
        out.println("Maps flow, page 2 at " + PAGE_SIZE + " a page (all): " + page);
    }

    private void upload(User user) {
        int before = user.screensUploaded();
        // The seeded Maps flow has steps 0 to 11; this upload is step 12 (a run on a kept database adds it again).
        int after =
                flows.upload(new Screen(null, SeedData.MAPS, user.id(), 12, "Offline maps", "img/maps/12.png", null));
        out.println("Upload (batch): \"Offline maps\" stored in Maps and " + user.id() + "'s screens_uploaded " + before
                + " -> " + after + ", atomically");
    }

    private void uploadToMissingApp(User user) {
        try {
            flows.upload(new Screen(null, MISSING_APP, user.id(), 0, "Lost screen", "img/lost.png", null));
            throw new IllegalStateException("a screen of an app that does not exist was stored");
        } catch (ConstraintViolationException e) {
            int counter = accounts.byDevice(SeedData.ADA_DEVICE).orElseThrow().screensUploaded();
            out.println("Upload to a missing app (batch): refused (" + e.kind() + ") and rolled back whole; "
                    + user.id() + "'s screens_uploaded still " + counter);
        }
    }

    private void rateLimit() {
        String key = "upload:ada";
        List<String> hits = new ArrayList<>();
        for (int request = 1; request <= UPLOADS_PER_MINUTE + 1; request++) {
            RateLimiter.Hit hit = uploadLimit.hit(key, now);
            hits.add("#" + hit.count() + (hit.allowed() ? " allowed" : " refused"));
        }
        out.println("Rate limit " + key + ", " + UPLOADS_PER_MINUTE + " a minute (upsert): " + String.join(", ", hits));
        long purged = uploadLimit.purgeStale(now);
        out.println("Purged " + purged + " rate bucket" + (purged == 1 ? "" : "s") + " of earlier windows");
    }
}
