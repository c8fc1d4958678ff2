package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;

/**
 * A SELECT used inside another statement: in {@code IN (...)}, {@code EXISTS (...)} or as a scalar value.
 *
 * @param <T> the type of its single result column
 */
public interface Subquery<T> {

  /** Writes the SELECT, without surrounding parentheses. */
  void renderSubquery(SqlBuilder sql);

  /**
   * The type of its only result column.
   *
   * @throws IllegalStateException when it selects more than one expression
   */
  SqlType<T> valueType();
}
