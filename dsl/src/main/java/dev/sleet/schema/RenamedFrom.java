package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the migration planner that a table or column was renamed, so {@code mvn d1:generate} writes a rename that
 * keeps the data instead of a drop and a create. Sleet never guesses renames.
 *
 * <pre>{@code
 * @Table("accounts") @RenamedFrom("users")
 * record Account(@PrimaryKey String id, @RenamedFrom("name") String displayName) {}
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface RenamedFrom {

    /** The earlier name. */
    String value();
}
