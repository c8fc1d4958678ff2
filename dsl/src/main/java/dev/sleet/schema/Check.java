package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint, as SQL: on a component, a column constraint; on the record, a table constraint.
 *
 * <pre>{@code
 * @Table("users")
 * @Check(value = "credits >= 0", name = "credits_not_negative")
 * record User(@PrimaryKey String id, @Check("length(id) = 26") String ulid, int credits) {}
 * }</pre>
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Repeatable(Check.List.class)
public @interface Check {

    /** The condition. */
    String value();

    /** The constraint's name, shown in D1's error when it fails; empty for none. */
    String name() default "";

    /** Holds repeated {@link Check} annotations. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.CLASS)
    @interface List {
        /** The annotations. */
        Check[] value();
    }
}
