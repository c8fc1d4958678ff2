package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's default, as an SQL expression: {@code "0"}, {@code "'free'"}, {@code "datetime('now')"}. An insert
 * whose record holds null for the column leaves it out, so the default applies.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface Default {

    /** The SQL expression. */
    String value();
}
