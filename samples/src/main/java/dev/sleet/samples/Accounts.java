package dev.sleet.samples;

import static dev.sleet.samples.model.Users.USERS;

import dev.sleet.d1.Database;
import dev.sleet.samples.model.User;
import java.util.Optional;

/**
 * Finding users, as the app does on every start: a device sends its id, and the product signs in the account that
 * was last active on it.
 *
 * <pre>{@code
 * Optional<User> user = new Accounts(db).byDevice("pixel-8-ada");
 * }</pre>
 */
public final class Accounts {

    private final Database db;

    /** Accounts stored in this database. */
    public Accounts(Database db) {
        this.db = db;
    }

    /**
     * The account last active on a device ({@code first()}: one row, {@code LIMIT 1}, found through the
     * {@code device_id} index).
     *
     * @return the account, or empty when the device has none
     */
    public Optional<User> byDevice(String deviceId) {
        return db.selectFrom(USERS)
                .where(USERS.DEVICE_ID.eq(deviceId))
                .orderBy(USERS.LAST_ACTIVE_AT.desc())
                .first();
    }
}
