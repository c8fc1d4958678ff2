package dev.sleet.schemamodel;

/**
 * A foreign key from one column.
 *
 * @param table    the referenced table
 * @param column   the referenced column
 * @param onDelete the ON DELETE action as SQL ({@code CASCADE}, {@code SET NULL}, ...)
 * @param onUpdate the ON UPDATE action as SQL
 */
public record ForeignKeyModel(String table, String column, String onDelete, String onUpdate) {}
