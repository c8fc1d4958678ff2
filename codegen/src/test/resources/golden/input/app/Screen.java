package app;

import dev.sleet.schema.Check;
import dev.sleet.schema.Column;
import dev.sleet.schema.GeneratedColumn;
import dev.sleet.schema.Index;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.References;
import dev.sleet.schema.RenamedFrom;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * One screen of an app's flow.
 *
 * @param id        the screen's id, assigned by the database when null
 * @param appId     the app it belongs to
 * @param flowIndex its position in the app's flow
 */
@Table("screens")
@Index(columns = {"app_id", "flow_index"})
@Index(columns = "userId", where = "deleted_at IS NULL", name = "screens_live_by_user")
@Index(columns = {"app_id", "title"}, unique = true)
@Check(value = "flow_index < 1000", name = "flow_index_bounded")
@Check("length(img) > 0")
public record Screen(
    @PrimaryKey Long id,
    @References(value = App.class, onDelete = ReferentialAction.CASCADE) long appId,
    @References(value = User.class, column = "id", onUpdate = ReferentialAction.CASCADE) String userId,
    @Check("flow_index >= 0") int flowIndex,
    @Nullable String title,
    @Nullable @GeneratedColumn("lower(title)") String titleLower,
    @GeneratedColumn(value = "flow_index + 1", stored = true) Integer position,
    @Nullable Instant deletedAt,
    @Column("img") String imageKey,
    @Nullable @RenamedFrom("caption") String altText) {}
