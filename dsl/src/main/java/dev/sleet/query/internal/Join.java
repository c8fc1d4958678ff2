package dev.sleet.query.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.internal.Parts;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import org.jspecify.annotations.Nullable;

/** One JOIN of a SELECT: its kind, the table joined, and the ON condition (none for CROSS JOIN). */
record Join(Kind kind, SqlTable<?> table, @Nullable Condition on) {

    /** The join kinds SQLite supports. */
    enum Kind {
        INNER(" INNER JOIN "),
        LEFT(" LEFT JOIN "),
        RIGHT(" RIGHT JOIN "),
        FULL(" FULL JOIN "),
        CROSS(" CROSS JOIN ");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    void render(SqlBuilder sql) {
        sql.append(kind.sql);
        TableParts.renderSource(table, sql);
        if (on != null) {
            sql.append(" ON ");
            Parts.expression(on).render(sql);
        }
    }
}
