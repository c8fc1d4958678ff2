package dev.sleet.query.internal;

import dev.sleet.table.internal.TableParts;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writes the VALUES of a multi-row INSERT as statements that each bind no more than a database allows. Rows keep
 * their order. A record's null for a column with a default leaves that column out, so consecutive rows that leave
 * out the same columns share a statement, and a change in the set starts a new one.
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
    List<SqlColumn<?>> columns = table.columns();
    int tailParameters = tail.apply(new SqlBuilder()).parameterCount();
    List<Statement> statements = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      Object[] first = values(start);
      boolean[] included = included(first, start);
      int width = count(included);
      if (width == 0 && upsert) {
        throw new IllegalArgumentException("row " + start + " inserted into " + table.name() + " leaves every "
            + "column to the database (DEFAULT VALUES), which SQLite cannot combine with ON CONFLICT: give a column "
            + "a value");
      }
      int capacity = width == 0 ? 1 : (maxParameters - tailParameters) / width;
      if (capacity < 1) {
        throw new IllegalArgumentException("one row of " + table.name() + " binds " + (width + tailParameters)
            + " values, more than the " + maxParameters + " a statement may bind");
      }
      SqlBuilder sql = head.get();
      List<Object[]> run = new ArrayList<>();
      run.add(first);
      int next = start + 1;
      while (next < rows.size() && run.size() < capacity) {
        Object[] candidate = values(next);
        if (!Arrays.equals(included(candidate, next), included)) {
          break;
        }
        run.add(candidate);
        next++;
      }
      if (width == 0) {
        sql.append("DEFAULT VALUES");
      } else {
        List<SqlColumn<?>> chosen = new ArrayList<>(width);
        for (int c = 0; c < columns.size(); c++) {
          if (included[c]) {
            chosen.add(columns.get(c));
          }
        }
        ColumnNames.render(sql, chosen);
        sql.append(" VALUES ");
        for (int r = 0; r < run.size(); r++) {
          sql.append(r == 0 ? "(" : ", (");
          boolean firstValue = true;
          for (int c = 0; c < included.length; c++) {
            if (included[c]) {
              if (!firstValue) {
                sql.append(", ");
              }
              sql.bind(run.get(r)[c]);
              firstValue = false;
            }
          }
          sql.append(")");
        }
      }
      statements.add(tail.apply(sql).toStatement());
      start = next;
    }
    return statements;
  }

  private Object[] values(int index) {
    T row = rows.get(index);
    if (row == null) {
      throw new IllegalArgumentException("row " + index + " inserted into " + table.name() + " is null");
    }
    return TableParts.storageValues(table, row);
  }

  /** Which columns a row writes: all but those left null for the database to fill. */
  private boolean[] included(Object[] values, int index) {
    List<SqlColumn<?>> columns = table.columns();
    boolean[] included = new boolean[values.length];
    for (int c = 0; c < values.length; c++) {
      SqlColumn<?> column = columns.get(c);
      if (column.generated()) {
        continue;
      }
      if (values[c] == null && !column.nullable() && !column.hasDefault()) {
        throw new IllegalArgumentException("row " + index + " inserted into " + table.name() + " has no value for "
            + column.name() + ", which is NOT NULL and has no default: give it a value");
      }
      included[c] = values[c] != null || !column.hasDefault();
    }
    return included;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      if (f) {
        n++;
      }
    }
    return n;
  }
}
