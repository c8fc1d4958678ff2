package dev.sleet.expr.internal;

import dev.sleet.sql.internal.SqlBuilder;

/** A piece of SQL that writes itself into a {@link SqlBuilder}. */
@FunctionalInterface
public interface Renderable {

    /** Writes this piece's SQL and binds its values. */
    void render(SqlBuilder sql);
}
