package dev.sleet.docs;

import dev.sleet.d1.Database;
import dev.sleet.docs.model.RateBucket;
import dev.sleet.docs.model.Screen;
import dev.sleet.docs.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a statement snippet of the guide can use without declaring it: every snippet's code becomes the body of
 * {@link #run()} in a subclass, so these fields are in scope (and a snippet may shadow them with its own locals, such
 * as {@code Database db = Sleet.sqlite(...)}).
 *
 * <p>The values match the rows {@link Seed} puts into each snippet's fresh database: user {@code u1} (Ada, device
 * {@code d1}) owns app 1, which has one screen; user {@code u2} (Linus, device {@code d2}) has none.
 */
public abstract class SnippetContext {

    /** A fresh in-memory database with the guide's schema and seed rows (see {@link Seed}). */
    protected Database db;

    /** Ada's email. */
    protected String email = "ada@example.com";
    /** Ada's id. */
    protected String userId = "u1";
    /** Ada's id, under another name. */
    protected String id = "u1";
    /** Ada's device. */
    protected String deviceId = "d1";
    /** Ada's app. */
    protected long appId = 1;
    /** A user not yet in the database. */
    protected User user = User.signUp("u3", "d3");
    /** A screen not yet in the database, for app 1 by {@code u1}. */
    protected Screen screen = new Screen(null, 1L, "u1", 1, "Settings", "screens/1/1.png", null, null);
    /** 500 users not yet in the database. */
    protected List<User> manyUsers = manyUsers();
    /** Thirty days ago. */
    protected Instant cutoff = Instant.now().minus(Duration.ofDays(30));
    /** A rate-limit key. */
    protected String key = "upload:u1";
    /** The current rate-limit window, in epoch seconds. */
    protected long windowStart = Instant.now().getEpochSecond() / 60 * 60;
    /** A rate-limit bucket not yet in the database. */
    protected RateBucket bucket = new RateBucket(key, windowStart, 1);
    /** A Cloudflare account id (compile-only snippets). */
    protected String accountId = "0123456789abcdef0123456789abcdef";
    /** A D1 database id (compile-only snippets). */
    protected String databaseId = "00000000-0000-0000-0000-000000000000";
    /** A Cloudflare API token (compile-only snippets). */
    protected String apiToken = "not-a-real-token";

    /** Gives the snippet its database. */
    final void init(Database database) {
        this.db = database;
    }

    /** The snippet's code. */
    public abstract void run() throws Exception;

    private static List<User> manyUsers() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            users.add(User.signUp("bulk-" + i, "device-" + i));
        }
        return users;
    }
}
