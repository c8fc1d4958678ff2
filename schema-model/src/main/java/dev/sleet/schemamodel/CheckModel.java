package dev.sleet.schemamodel;

import org.jspecify.annotations.Nullable;

/**
 * A CHECK constraint.
 *
 * @param name the constraint's name, or null
 * @param sql  the condition
 */
public record CheckModel(@Nullable String name, String sql) {}
