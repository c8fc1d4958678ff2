package dev.sleet.query;

import dev.sleet.expr.Selectable;
import dev.sleet.table.SqlTable;
import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.RowCursor;
import dev.sleet.types.RowReader;
import java.util.List;
import java.util.function.Function;

/**
 * What a SELECT or RETURNING lists, and how one result row is read back from it.
 *
 * @param items  the selected tables and expressions
 * @param reader how a row becomes a result
 * @param <R>    what a row becomes
 */
record Selection<R>(List<Selectable<?>> items, RowReader<R> reader) {

  /** A selection of one item, read as that item's value. */
  static <A> Selection<A> single(Selectable<A> item) {
    return new Selection<>(List.of(item), row -> item.read(row, 1));
  }

  /** Every column of a table, read as its record (no outer-join NULL check: the table is the FROM source). */
  static <T> Selection<T> wholeRows(SqlTable<T> table) {
    return new Selection<>(List.of(table), row -> table.readRow(row, 1));
  }

  /** A selection of several items, whose values (in order) a function turns into the result. */
  static <R> Selection<R> of(List<Selectable<?>> items, Function<Object[], R> combine) {
    int[] firsts = new int[items.size()];
    int next = 1;
    for (int i = 0; i < items.size(); i++) {
      firsts[i] = next;
      next += items.get(i).width();
    }
    return new Selection<>(List.copyOf(items), row -> combine.apply(readAll(items, firsts, row)));
  }

  private static Object[] readAll(List<Selectable<?>> items, int[] firsts, RowCursor row) {
    Object[] values = new Object[firsts.length];
    for (int i = 0; i < firsts.length; i++) {
      values[i] = items.get(i).read(row, firsts[i]);
    }
    return values;
  }

  /** Value {@code index} of a row read by {@link #of}, as the type its item declared. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object[] values, int index) {
    return (T) values[index];
  }

  /** The same items read into something else. */
  <X> Selection<X> map(Function<? super R, ? extends X> mapper) {
    RowReader<R> inner = reader;
    return new Selection<>(items, row -> mapper.apply(inner.read(row)));
  }

  void render(SqlBuilder sql) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      items.get(i).renderSelection(sql);
    }
  }
}
