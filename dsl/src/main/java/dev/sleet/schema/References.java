package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this component's column to a column of another table record.
 *
 * <pre>{@code
 * record Screen(@PrimaryKey Long id,
 *     @References(value = App.class, onDelete = ReferentialAction.CASCADE) long appId, ...) {}
 * }</pre>
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface References {

    /** The referenced table's record. */
    Class<?> value();

    /** The referenced column; empty for the referenced table's primary key. */
    String column() default "";

    /** What happens to this row when the referenced row is deleted. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** What happens to this row when the referenced key changes. */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
