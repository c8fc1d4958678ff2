package dev.sleet.schemamodel;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index.
 *
 * @param name    the index's name
 * @param columns the indexed columns, in order
 * @param unique  a UNIQUE index
 * @param where   a partial index's condition, or null
 */
public record IndexModel(
        String name,
        List<String> columns,
        boolean unique,
        @Nullable String where) {}
