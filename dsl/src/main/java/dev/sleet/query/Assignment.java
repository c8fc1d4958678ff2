package dev.sleet.query;

import dev.sleet.expr.Expression;
import dev.sleet.expr.Functions;
import dev.sleet.table.SqlColumn;
import dev.sleet.sql.SqlBuilder;

/** {@code "column" = value} in an UPDATE or upsert, or one column's value in a column-by-column INSERT. */
record Assignment(SqlColumn<?> column, Expression<?> value) {

  Assignment {
    if (column.generated()) {
      throw new IllegalArgumentException(column + " is a generated column: the database computes it, so it cannot "
          + "be set");
    }
  }

  static <V> Assignment of(SqlColumn<V> column, V value) {
    return new Assignment(column, Functions.value(value, column.type()));
  }

  void render(SqlBuilder sql) {
    column.renderName(sql);
    sql.append(" = ");
    value.render(sql);
  }

  static void renderAll(SqlBuilder sql, java.util.List<Assignment> assignments) {
    for (int i = 0; i < assignments.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      assignments.get(i).render(sql);
    }
  }
}
