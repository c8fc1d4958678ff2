package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.internal.Parts;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An upsert clause: {@code ON CONFLICT [(target)] DO NOTHING}, or {@code DO UPDATE SET ... [WHERE ...]} when there
 * are updates.
 */
record Conflict(
        List<SqlColumn<?>> target,
        List<Assignment> updates,
        @Nullable Condition where) {

    void render(SqlBuilder sql) {
        sql.append(" ON CONFLICT");
        if (!target.isEmpty()) {
            sql.append(" ");
            ColumnNames.render(sql, target);
        }
        if (updates.isEmpty()) {
            sql.append(" DO NOTHING");
            return;
        }
        sql.append(" DO UPDATE SET ");
        Assignment.renderAll(sql, updates);
        if (where != null) {
            sql.append(" WHERE ");
            Parts.expression(where).render(sql);
        }
    }
}
