package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component of any type as JSON text, written and read by Jackson.
 *
 * <pre>{@code
 * record App(@PrimaryKey Long id, @Json List<String> tags, @Json @Nullable Settings settings) {}
 * }</pre>
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface Json {}
