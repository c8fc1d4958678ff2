package dev.sleet.query;

import dev.sleet.expr.Renderable;
import dev.sleet.sql.SqlBuilder;
import java.util.List;

/** Small helpers the statement kinds share: rendering lists, and adding to their immutable lists. */
final class Clauses {

  private Clauses() {}

  /** An immutable list of {@code list}'s items and then {@code item}. */
  @SuppressWarnings("unchecked")
  static <T> List<T> plus(List<T> list, T item) {
    if (list.isEmpty()) {
      return List.of(item);
    }
    Object[] items = list.toArray(new Object[list.size() + 1]);
    items[list.size()] = item;
    return (List<T>) List.of(items);
  }

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
      columns.get(i).renderName(sql);
    }
    sql.append(")");
  }
}
