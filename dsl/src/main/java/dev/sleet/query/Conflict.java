package dev.sleet.query;

import dev.sleet.expr.Condition;
import dev.sleet.table.SqlColumn;
import dev.sleet.sql.SqlBuilder;
import java.util.List;

/**
 * An upsert clause: {@code ON CONFLICT [(target)] DO NOTHING}, or {@code DO UPDATE SET ... [WHERE ...]} when there
 * are updates.
 */
record Conflict(List<SqlColumn<?>> target, List<Assignment> updates, Condition where) {

  void render(SqlBuilder sql) {
    sql.append(" ON CONFLICT");
    if (!target.isEmpty()) {
      sql.append(" ");
      Clauses.columnNames(sql, target);
    }
    if (updates.isEmpty()) {
      sql.append(" DO NOTHING");
      return;
    }
    sql.append(" DO UPDATE SET ");
    Assignment.renderAll(sql, updates);
    if (where != null) {
      sql.append(" WHERE ");
      where.render(sql);
    }
  }
}
