package dev.sleet.query;

import dev.sleet.expr.Selectable;
import dev.sleet.table.SqlTable;
import dev.sleet.tuple.Mapper2;
import dev.sleet.tuple.Tuple2;
import dev.sleet.tuple.Mapper3;
import dev.sleet.tuple.Tuple3;
import dev.sleet.tuple.Mapper4;
import dev.sleet.tuple.Tuple4;
import dev.sleet.tuple.Mapper5;
import dev.sleet.tuple.Tuple5;
import dev.sleet.tuple.Mapper6;
import dev.sleet.tuple.Tuple6;
import dev.sleet.tuple.Mapper7;
import dev.sleet.tuple.Tuple7;
import dev.sleet.tuple.Mapper8;
import dev.sleet.tuple.Tuple8;
import java.util.List;
import java.util.function.Function;

/**
 * Where queries start. A {@link dev.sleet.d1.Database} is a {@code QueryDsl} whose queries run on it;
 * {@code Sleet.dsl()} is one whose queries only render ({@code toStatement()}) or go into a batch.
 *
 * <pre>{@code
 * Optional<User> user = db.selectFrom(USERS).where(USERS.ID.eq(id)).first();
 * Results<Tuple2<String, Integer>> top = db.select(USERS.ID, USERS.POINTS).from(USERS)
 *     .orderBy(USERS.POINTS.desc()).limit(20).all();
 * Results<Top> tops = db.select(Top::new, USERS.ID, USERS.POINTS).from(USERS).all();
 * Statement st = Sleet.dsl().deleteFrom(USERS).where(USERS.IS_BANNED).toStatement();
 * }</pre>
 */
public interface QueryDsl {

  /** What runs the queries started here; null when they only render. */
  QueryRunner runner();

  /** {@code SELECT * FROM table}, each row read as the table's record. */
  default <T> SelectQuery<T> selectFrom(SqlTable<T> table) {
    return SelectQuery.of(runner(), Selection.wholeRows(table), table);
  }

  /**
   * {@code SELECT} one item (an expression, or a whole table read as its record); follow with
   * {@code from(...)}.
   */
  default <A> SelectQuery<A> select(Selectable<A> a) {
    return SelectQuery.of(runner(), Selection.single(a), null);
  }

  /** {@code SELECT} one item, each value passed to {@code mapper}. */
  default <A, R> SelectQuery<R> select(Function<? super A, ? extends R> mapper, Selectable<A> a) {
    return select(a).map(mapper);
  }

  /** {@code SELECT} 2 items, each row read as a {@link Tuple2}; follow with {@code from(...)}. */
  default <A, B> SelectQuery<Tuple2<A, B>> select(Selectable<A> a, Selectable<B> b) {
    return select(Tuple2::new, a, b);
  }

  /** {@code SELECT} 2 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, R> SelectQuery<R> select(Mapper2<A, B, R> mapper, Selectable<A> a, Selectable<B> b) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1))), null);
  }

  /** {@code SELECT} 3 items, each row read as a {@link Tuple3}; follow with {@code from(...)}. */
  default <A, B, C> SelectQuery<Tuple3<A, B, C>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c) {
    return select(Tuple3::new, a, b, c);
  }

  /** {@code SELECT} 3 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, R> SelectQuery<R> select(Mapper3<A, B, C, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2))), null);
  }

  /** {@code SELECT} 4 items, each row read as a {@link Tuple4}; follow with {@code from(...)}. */
  default <A, B, C, D> SelectQuery<Tuple4<A, B, C, D>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d) {
    return select(Tuple4::new, a, b, c, d);
  }

  /** {@code SELECT} 4 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, D, R> SelectQuery<R> select(Mapper4<A, B, C, D, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c, d), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2), Selection.at(v, 3))), null);
  }

  /** {@code SELECT} 5 items, each row read as a {@link Tuple5}; follow with {@code from(...)}. */
  default <A, B, C, D, E> SelectQuery<Tuple5<A, B, C, D, E>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e) {
    return select(Tuple5::new, a, b, c, d, e);
  }

  /** {@code SELECT} 5 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, D, E, R> SelectQuery<R> select(Mapper5<A, B, C, D, E, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c, d, e), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2), Selection.at(v, 3), Selection.at(v, 4))), null);
  }

  /** {@code SELECT} 6 items, each row read as a {@link Tuple6}; follow with {@code from(...)}. */
  default <A, B, C, D, E, F> SelectQuery<Tuple6<A, B, C, D, E, F>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f) {
    return select(Tuple6::new, a, b, c, d, e, f);
  }

  /** {@code SELECT} 6 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, D, E, F, R> SelectQuery<R> select(Mapper6<A, B, C, D, E, F, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c, d, e, f), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2), Selection.at(v, 3), Selection.at(v, 4), Selection.at(v, 5))), null);
  }

  /** {@code SELECT} 7 items, each row read as a {@link Tuple7}; follow with {@code from(...)}. */
  default <A, B, C, D, E, F, G> SelectQuery<Tuple7<A, B, C, D, E, F, G>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f, Selectable<G> g) {
    return select(Tuple7::new, a, b, c, d, e, f, g);
  }

  /** {@code SELECT} 7 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, D, E, F, G, R> SelectQuery<R> select(Mapper7<A, B, C, D, E, F, G, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f, Selectable<G> g) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c, d, e, f, g), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2), Selection.at(v, 3), Selection.at(v, 4), Selection.at(v, 5), Selection.at(v, 6))), null);
  }

  /** {@code SELECT} 8 items, each row read as a {@link Tuple8}; follow with {@code from(...)}. */
  default <A, B, C, D, E, F, G, H> SelectQuery<Tuple8<A, B, C, D, E, F, G, H>> select(Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f, Selectable<G> g, Selectable<H> h) {
    return select(Tuple8::new, a, b, c, d, e, f, g, h);
  }

  /** {@code SELECT} 8 items, each row passed to {@code mapper} (a record constructor, a lambda). */
  default <A, B, C, D, E, F, G, H, R> SelectQuery<R> select(Mapper8<A, B, C, D, E, F, G, H, R> mapper, Selectable<A> a, Selectable<B> b, Selectable<C> c, Selectable<D> d, Selectable<E> e, Selectable<F> f, Selectable<G> g, Selectable<H> h) {
    return SelectQuery.of(runner(), Selection.of(List.of(a, b, c, d, e, f, g, h), v -> mapper.map(Selection.at(v, 0), Selection.at(v, 1), Selection.at(v, 2), Selection.at(v, 3), Selection.at(v, 4), Selection.at(v, 5), Selection.at(v, 6), Selection.at(v, 7))), null);
  }

  /** {@code INSERT INTO table}: follow with {@code values(...)}, {@code set(...)} or {@code columns(...)}. */
  default <T> InsertQuery<T> insertInto(SqlTable<T> table) {
    return InsertQuery.into(runner(), table);
  }

  /** {@code UPDATE table}: follow with {@code set(...)} and {@code where(...)}. */
  default <T> UpdateQuery<T> update(SqlTable<T> table) {
    return UpdateQuery.of(runner(), table);
  }

  /** {@code DELETE FROM table}: follow with {@code where(...)}. */
  default <T> DeleteQuery<T> deleteFrom(SqlTable<T> table) {
    return DeleteQuery.of(runner(), table);
  }
}
