package dev.sleet.docs.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The guide's screens: one screen of an app's flow, uploaded by a user.
 *
 * @param id        the screen's id, assigned by the database when null
 * @param appId     the app it belongs to
 * @param userId    who uploaded it
 * @param flowIndex its position in the app's flow
 * @param title     what the screen shows
 * @param imageKey  where the image is stored
 * @param deletedAt when it was deleted, if it was
 * @param createdAt when it was uploaded
 */
@Table("screens")
@Index(columns = {"app_id", "flow_index"})
@Index(columns = "user_id", where = "deleted_at IS NULL", name = "screens_live_by_user")
public record Screen(
        @PrimaryKey(autoIncrement = true) Long id,

        @References(value = App.class, onDelete = ReferentialAction.CASCADE)
        long appId,

        @References(value = User.class, onDelete = ReferentialAction.CASCADE)
        String userId,

        int flowIndex,
        @Nullable String title,
        String imageKey,
        @Nullable Instant deletedAt,
        @Default("datetime('now')") Instant createdAt) {}
