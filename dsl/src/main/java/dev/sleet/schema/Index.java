package dev.sleet.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on the record's table.
 *
 * <pre>{@code
 * @Table("screens")
 * @Index(columns = {"app_id", "flow_index"})
 * @Index(columns = "user_id", where = "deleted_at IS NULL", name = "screens_live_by_user")
 * record Screen(...) {}
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Repeatable(Index.List.class)
public @interface Index {

    /** The indexed columns (or component names), in order. */
    String[] columns();

    /** A UNIQUE index. */
    boolean unique() default false;

    /** A partial index's WHERE condition, as SQL; empty for a full index. */
    String where() default "";

    /** The index's name; empty for {@code <table>_<columns>_idx} ({@code _unique} for unique ones). */
    String name() default "";

    /** Holds repeated {@link Index} annotations. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.CLASS)
    @interface List {
        /** The annotations. */
        Index[] value();
    }
}
