package app;

import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.References;
import dev.sleet.schema.Table;

@Table("apps")
public record App(
    @PrimaryKey(autoIncrement = true) Long id,
    @References(value = User.class, onDelete = ReferentialAction.CASCADE) String ownerId,
    String name,
    @Nullable @References(value = User.class, onDelete = ReferentialAction.SET_NULL) String reviewerId) {}
