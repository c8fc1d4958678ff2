package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A generated column: {@code GENERATED ALWAYS AS (expression)}. The database computes it; inserts and updates
 * never write it.
 *
 * <pre>{@code
 * record User(@PrimaryKey String id, @Nullable String email,
 *     @Nullable @GeneratedColumn("lower(email)") String emailLower) {}
 * }</pre>
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface GeneratedColumn {

    /** The expression, as SQL over the table's other columns. */
    String value();

    /** {@code STORED} (computed on write, takes space) rather than {@code VIRTUAL} (computed on read). */
    boolean stored() default false;
}
