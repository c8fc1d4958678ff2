package dev.sleet.schemamodel;

/**
 * A CHECK constraint.
 *
 * @param name the constraint's name, or null
 * @param sql  the condition
 */
public record CheckModel(String name, String sql) {}
