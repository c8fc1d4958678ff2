package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a component's column the primary key. A {@code long} or {@code Long} key is SQLite's rowid: declare it
 * {@code Long} and insert null to have the database assign it. Composite keys are declared with
 * {@link Table#primaryKey()}.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface PrimaryKey {

    /** {@code AUTOINCREMENT}: ids are never reused, even after the highest row is deleted. Integer keys only. */
    boolean autoIncrement() default false;
}
