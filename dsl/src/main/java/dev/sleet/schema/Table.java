package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a table. Sleet's annotation processor generates a table class for it (for
 * {@code @Table("users") record User}, the class {@code Users} with the singleton {@code USERS}) and adds it to the
 * schema descriptor that {@code mvn d1:generate} turns into migrations.
 *
 * <pre>{@code
 * @Table("users")
 * @Index(columns = "device_id")
 * public record User(
 *     @PrimaryKey String id,
 *     @Unique @Nullable String email,
 *     @Default("0") int points,
 *     @Default("datetime('now')") Instant createdAt,
 *     boolean isBanned) {}
 * }</pre>
 *
 * <p>Each component is a column: primitives and unannotated references are NOT NULL, an annotation named
 * {@code Nullable} (any package) makes a column nullable, and camelCase names become snake_case unless
 * {@link Column} says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Table {

    /** The table's name in the database. */
    String value();

    /** {@code STRICT}: SQLite enforces each column's declared type. */
    boolean strict() default false;

    /** {@code WITHOUT ROWID}: the primary key is the storage key; needs a primary key. */
    boolean withoutRowid() default false;

    /** A composite primary key: the columns (or component names), in key order. */
    String[] primaryKey() default {};
}
