package dev.sleet.bench;

import java.util.List;

/**
 * What workload 5 produces without a database: SQL text with {@code ?} placeholders and the values bound to them.
 *
 * @param sql    the SQL text
 * @param values the bound values, in order
 */
public record Rendered(String sql, List<?> values) {}
