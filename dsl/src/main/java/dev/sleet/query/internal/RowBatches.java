package dev.sleet.query.internal;

import dev.sleet.sql.Statement;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writes the VALUES of a multi-row INSERT as statements that each bind no more than a database allows, one per
 * group that {@link RowGroups} plans.
 *
 * @param <T> the table's record
 */
final class RowBatches<T> {

    private final SqlTable<T> table;
    private final List<T> rows;
    private final boolean upsert;

    RowBatches(SqlTable<T> table, List<T> rows, boolean upsert) {
        this.table = table;
        this.rows = rows;
        this.upsert = upsert;
    }

    /**
     * Renders the statements.
     *
     * @param maxParameters how many values one statement may bind
     * @param head          starts a statement: {@code INSERT INTO "t" }
     * @param tail          ends one: upsert clause and RETURNING
     */
    List<Statement> render(int maxParameters, Supplier<SqlBuilder> head, UnaryOperator<SqlBuilder> tail) {
        int tailParameters = tail.apply(new SqlBuilder()).parameterCount();
        List<SqlColumn<?>> columns = table.columns();
        List<Statement> statements = new ArrayList<>();
        for (RowGroups.Group group :
                RowGroups.plan(table, rows, upsert, maxParameters - tailParameters, tailParameters)) {
            SqlBuilder sql = head.get();
            BitSet included = group.included();
            if (group.width() == 0) {
                sql.append("DEFAULT VALUES");
            } else {
                List<SqlColumn<?>> chosen = new ArrayList<>();
                List<Integer> indexes = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    if (included.get(c)) {
                        chosen.add(columns.get(c));
                        indexes.add(c);
                    }
                }
                ColumnNames.render(sql, chosen);
                sql.append(" VALUES ");
                sql.commaSeparated(group.rows(), (row, out) -> {
                    sql.append("(");
                    out.commaSeparated(indexes, (c, values) -> values.bind(row[c]));
                    sql.append(")");
                });
            }
            statements.add(tail.apply(sql).toStatement());
        }
        return statements;
    }
}
