package dev.sleet.expr.internal;

import org.jspecify.annotations.Nullable;
import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlType;

/**
 * The rendering and reading contract of every {@link Expression} Sleet makes: its type, its precedence, its SQL.
 * Sleet's own code reaches it through {@link Parts#expression}.
 *
 * @param <T> the Java type of its value
 */
public interface ExpressionPart<T> extends Expression<T>, SelectionPart<T>, Renderable {

  /** How its value is bound and read. */
  SqlType<T> type();

  /** How tightly it binds, for parenthesisation; one of {@link Precedence}'s values. */
  default int precedence() {
    return Precedence.ATOM;
  }

  @Override
  default int width() {
    return 1;
  }

  @Override
  default void renderSelection(SqlBuilder sql) {
    Operators.selectExactly(sql, this, null);
  }

  @Override
  default @Nullable T read(RowCursor row, int first) {
    return type().read(row, first);
  }
}
