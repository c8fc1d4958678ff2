package dev.sleet.query;

import dev.sleet.expr.Renderable;
import dev.sleet.sql.SqlBuilder;
import java.util.List;

/** Small rendering helpers shared by the statement kinds. */
final class Clauses {

  private Clauses() {}

  /** Writes items separated by commas. */
  static void list(SqlBuilder sql, List<? extends Renderable> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      items.get(i).render(sql);
    }
  }

  /** Writes bare column names in parentheses: {@code ("a", "b")}. */
  static void columnNames(SqlBuilder sql, List<? extends dev.sleet.table.SqlColumn<?>> columns) {
    sql.append("(");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.identifier(columns.get(i).name());
    }
    sql.append(")");
  }
}
