package dev.sleet.samples.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import dev.sleet.schema.Unique;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone who uses the product. Components with a {@code @Default} are boxed, so that an insert with null leaves
 * them to the database.
 *
 * @param id                    the user's id
 * @param email                 the address they signed in with, if any
 * @param displayName           the name shown in the app
 * @param deviceId              the device they first used
 * @param points                points earned
 * @param tier                  the product tier
 * @param screensUploaded       how many screens they uploaded
 * @param createdAt             when they signed up
 * @param lastActiveAt          when they were last seen
 * @param stripeCustomerId      their Stripe customer, once they paid
 * @param stripeSubscriptionId  their Stripe subscription, while they have one
 * @param subscriptionTier      the tier they pay for
 * @param subscriptionExpiresAt when the subscription ends
 * @param credits               credits left
 * @param isBanned              whether they are banned
 * @param isAdmin               whether they administer the product
 * @param googleSub             their Google account's subject, if they signed in with Google
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
        @Default("datetime('now')") Instant lastActiveAt,
        @Nullable String stripeCustomerId,
        @Nullable String stripeSubscriptionId,
        @Default("'free'") String subscriptionTier,
        @Nullable Instant subscriptionExpiresAt,
        @Default("1000") Integer credits,
        @Default("0") Boolean isBanned,
        @Default("0") Boolean isAdmin,
        @Nullable String googleSub) {

    /** A new user known only by id and device; everything else takes its default. */
    public static User signUp(String id, String deviceId) {
        return new User(
                id, null, null, deviceId, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
