package dev.sleet.docs.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.Json;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.Table;
import java.time.Instant;
import java.util.List;

/**
 * The guide's apps.
 *
 * @param id        the app's id, assigned by the database when null
 * @param ownerId   the user who added it
 * @param name      its name
 * @param tags      labels, stored as a JSON array
 * @param createdAt when it was added
 */
@Table("apps")
public record App(
        @PrimaryKey(autoIncrement = true) Long id,

        @References(value = User.class, onDelete = ReferentialAction.CASCADE)
        String ownerId,

        String name,
        @Json List<String> tags,
        @Default("datetime('now')") Instant createdAt) {}
