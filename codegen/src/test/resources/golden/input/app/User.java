package app;

import dev.sleet.schema.Convert;
import dev.sleet.schema.Default;
import dev.sleet.schema.Json;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.Table;
import dev.sleet.schema.Timestamp;
import dev.sleet.schema.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone who uses the product. Components with a default are boxed, so that an insert with null
 * leaves them to the database.
 *
 * @param id          the user's id, a ULID
 * @param email       the address they signed in with,
 *                    if any
 * @param displayName the name shown in the app
 * @param points      points earned
 * @param createdAt   when they signed up
 * @param isBanned    whether they are banned
 * @param tier        the product tier
 * @param balance     money on the account
 * @param deviceId    the device they first used
 * @param avatar      their picture
 * @param tags        labels they chose
 * @param lastSeenAt  when they were last seen
 * @param handle      their public handle
 */
@Table("users")
public record User(
    @PrimaryKey String id,
    @Unique @Nullable String email,
    @Nullable String displayName,
    @Default("0") Integer points,
    @Default("datetime('now')") Instant createdAt,
    boolean isBanned,
    @Default("'FREE'") Tier tier,
    @Default("'0.00'") BigDecimal balance,
    UUID deviceId,
    @Nullable byte[] avatar,
    @Json List<String> tags,
    @Timestamp(Timestamp.Mode.EPOCH_MILLIS) Instant lastSeenAt,
    @Nullable @Convert(HandleConverter.class) Handle handle) {}
