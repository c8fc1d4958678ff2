package dev.sleet.query.internal;

import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.internal.TableColumn;
import java.util.List;

/** Bare column names in parentheses, as INSERT column lists and ON CONFLICT targets write them: {@code ("a", "b")}. */
final class ColumnNames {

    private ColumnNames() {}

    static void render(SqlBuilder sql, List<? extends SqlColumn<?>> columns) {
        sql.append("(");
        sql.commaSeparated(columns, (column, out) -> TableColumn.of(column).renderName(out));
        sql.append(")");
    }
}
