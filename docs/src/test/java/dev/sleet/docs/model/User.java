package dev.sleet.docs.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import dev.sleet.schema.Unique;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The guide's users. Components with a {@code @Default} are boxed, so that an insert holding null leaves them to the
 * database.
 *
 * @param id              the user's id
 * @param email           the address they signed in with, if any
 * @param displayName     the name shown in the app
 * @param deviceId        the device they first used
 * @param points          points earned
 * @param tier            the product tier
 * @param screensUploaded how many screens they uploaded
 * @param createdAt       when they signed up
 * @param lastActiveAt    when they were last seen
 * @param isBanned        whether they are banned
 * @param isAdmin         whether they administer the product
 */
@Table("users")
@Index(columns = "device_id")
public record User(
        @PrimaryKey String id,
        @Unique @Nullable String email,
        @Nullable String displayName,
        String deviceId,
        @Default("0") Integer points,
        @Default("'free'") String tier,
        @Default("0") Integer screensUploaded,
        @Default("datetime('now')") Instant createdAt,
        @Nullable Instant lastActiveAt,
        @Default("0") Boolean isBanned,
        @Default("0") Boolean isAdmin) {

    /** A new user known only by id and device; everything else takes its default. */
    public static User signUp(String id, String deviceId) {
        return new User(id, null, null, deviceId, null, null, null, null, null, null, null);
    }
}
