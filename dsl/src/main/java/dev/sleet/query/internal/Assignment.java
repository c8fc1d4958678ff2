package dev.sleet.query.internal;

import dev.sleet.expr.Expression;
import dev.sleet.expr.Functions;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.Parts;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.internal.TableColumn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code "column" = value} in an UPDATE or upsert, or one column's value in a column-by-column INSERT. */
record Assignment(TableColumn<?> column, ExpressionPart<?> value) {

    Assignment {
        if (column.generated()) {
            throw new IllegalArgumentException(
                    column + " is a generated column: the database computes it, so it cannot " + "be set");
        }
    }

    static <V> Assignment of(SqlColumn<V> column, @Nullable V value) {
        TableColumn<V> own = TableColumn.of(column);
        return new Assignment(own, Parts.expression(Functions.value(value, own.type())));
    }

    static <V> Assignment of(SqlColumn<V> column, Expression<V> value) {
        return new Assignment(TableColumn.of(column), Parts.expression(value));
    }

    static void renderAll(SqlBuilder sql, List<Assignment> assignments) {
        sql.commaSeparated(assignments, (assignment, out) -> {
            assignment.column.renderName(out);
            out.append(" = ");
            assignment.value.render(out);
        });
    }
}
