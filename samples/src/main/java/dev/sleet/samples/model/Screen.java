package dev.sleet.samples.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One screen of an app's flow, uploaded by a user.
 *
 * @param id         the screen's id, assigned by the database when null
 * @param appId      the app it belongs to
 * @param userId     who uploaded it
 * @param flowIndex  its position in the app's flow
 * @param title      what the screen shows
 * @param imageKey   where the image is stored
 * @param createdAt  when it was uploaded
 */
@Table("screens")
@Index(columns = {"app_id", "flow_index"})
public record Screen(
        @PrimaryKey(autoIncrement = true) Long id,

        @References(value = App.class, onDelete = ReferentialAction.CASCADE)
        long appId,

        @References(value = User.class, onDelete = ReferentialAction.CASCADE)
        String userId,

        int flowIndex,
        @Nullable String title,
        String imageKey,
        @Default("datetime('now')") Instant createdAt) {}
