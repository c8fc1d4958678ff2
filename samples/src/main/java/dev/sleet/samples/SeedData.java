package dev.sleet.samples;

import static dev.sleet.samples.model.Apps.APPS;
import static dev.sleet.samples.model.RateBuckets.RATE_BUCKETS;
import static dev.sleet.samples.model.Screens.SCREENS;
import static dev.sleet.samples.model.Users.USERS;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.App;
import dev.sleet.samples.model.RateBucket;
import dev.sleet.samples.model.Screen;
import dev.sleet.samples.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data the sample app starts from on an empty database: two users, an app each, the screens of their flows, and
 * a rate-limit bucket left over from yesterday.
 *
 * <pre>{@code
 * SeedData seed = SeedData.demo(Instant.now());
 * seed.insertInto(db);     // one atomic batch
 * }</pre>
 *
 * @param users   the users
 * @param apps    their apps
 * @param screens the apps' screens, not in flow order
 * @param buckets rate-limit buckets
 */
public record SeedData(List<User> users, List<App> apps, List<Screen> screens, List<RateBucket> buckets) {

    /** The device ada signs in from. */
    public static final String ADA_DEVICE = "pixel-8-ada";

    /** The id of ada's app, Maps. */
    public static final long MAPS = 1;

    /** The screens of the Maps flow, in flow order. */
    private static final List<String> MAPS_FLOW = List.of(
            "Splash",
            "Sign in",
            "Home map",
            "Search",
            "Search results",
            "Directions",
            "Route options",
            "Navigation",
            "Arrival",
            "Save place",
            "Share route",
            "Settings");

    private static final List<String> NOTES_FLOW = List.of("Notes list", "Editor", "Share sheet");

    /** The demo data, with the leftover bucket a day before {@code now}. */
    public static SeedData demo(Instant now) {
        List<Screen> screens = new ArrayList<>();
        // Uploaded last screen first, so that only ORDER BY puts a flow in order.
        for (int i = MAPS_FLOW.size() - 1; i >= 0; i--) {
            screens.add(new Screen(null, MAPS, "ada", i, MAPS_FLOW.get(i), "img/maps/" + i + ".png", null));
        }
        for (int i = NOTES_FLOW.size() - 1; i >= 0; i--) {
            screens.add(new Screen(null, 2L, "grace", i, NOTES_FLOW.get(i), "img/notes/" + i + ".png", null));
        }
        return new SeedData(
                List.of(
                        user("ada", "ada@example.com", "Ada Lovelace", ADA_DEVICE, MAPS_FLOW.size()),
                        user("grace", null, "Grace Hopper", "iphone-15-grace", NOTES_FLOW.size())),
                List.of(new App(MAPS, "ada", "Maps", null), new App(2L, "grace", "Notes", null)),
                screens,
                List.of(new RateBucket(
                        "upload:grace", now.minus(Duration.ofDays(1)).getEpochSecond(), 2)));
    }

    /** Inserts everything in one atomic batch. */
    public void insertInto(Database db) {
        db.batch(
                db.insertInto(USERS).values(users),
                db.insertInto(APPS).values(apps),
                db.insertInto(SCREENS).values(screens),
                db.insertInto(RATE_BUCKETS).values(buckets));
    }

    /** A user whose counter already counts the screens seeded for them; nulls take the columns' defaults. */
    private static User user(
            String id, @Nullable String email, String displayName, String deviceId, int screensUploaded) {
        return new User(
                id,
                email,
                displayName,
                deviceId,
                null,
                null,
                screensUploaded,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
