package dev.sleet.schema;

import dev.sleet.types.Converter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component through a user-defined {@link Converter}, whose stored type is one Sleet maps. The converter
 * class needs a public no-argument constructor.
 *
 * <pre>{@code
 * public final class EmailConverter implements Converter<Email, String> { ... }
 * record User(@PrimaryKey String id, @Convert(EmailConverter.class) Email email) {}
 * }</pre>
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface Convert {

    /** The converter class. */
    @SuppressWarnings("rawtypes")
    Class<? extends Converter> value();
}
