package dev.sleet.samples.model;

import dev.sleet.schema.Default;
import dev.sleet.schema.PrimaryKey;
import dev.sleet.schema.References;
import dev.sleet.schema.ReferentialAction;
import dev.sleet.schema.Table;
import java.time.Instant;

/**
 * An app whose screens users upload.
 *
 * @param id        the app's id, assigned by the database when null
 * @param ownerId   the user who added it
 * @param name      its name
 * @param createdAt when it was added
 */
@Table("apps")
public record App(
        @PrimaryKey(autoIncrement = true) Long id,

        @References(value = User.class, onDelete = ReferentialAction.CASCADE)
        String ownerId,

        String name,
        @Default("datetime('now')") Instant createdAt) {}
