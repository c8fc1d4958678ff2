package dev.sleet.schemamodel;

/**
 * A generated column's definition.
 *
 * @param sql    the expression
 * @param stored {@code STORED} rather than {@code VIRTUAL}
 */
public record GeneratedModel(String sql, boolean stored) {}
