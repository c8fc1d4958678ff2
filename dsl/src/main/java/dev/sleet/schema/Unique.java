package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A uniqueness constraint: on a component, that column alone; on the record, the listed columns together.
 *
 * <pre>{@code
 * @Table("memberships")
 * @Unique(columns = {"user_id", "app_id"})
 * record Membership(@PrimaryKey Long id, String userId, long appId) {}
 * }</pre>
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Repeatable(Unique.List.class)
public @interface Unique {

    /** On the record: the columns (or component names) that are unique together. Empty on a component. */
    String[] columns() default {};

    /** Holds repeated {@link Unique} annotations. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.CLASS)
    @interface List {
        /** The annotations. */
        Unique[] value();
    }
}
