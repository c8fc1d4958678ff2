package dev.sleet.expr;

import dev.sleet.sql.SqlBuilder;
import dev.sleet.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN ... THEN ... [ELSE ...] END}, built one branch at a time; without {@link #otherwise} the value is
 * NULL when no branch matches.
 *
 * <pre>{@code
 * Expression<String> level = Functions.caseWhen(USERS.POINTS.ge(1000), "gold")
 *     .when(USERS.POINTS.ge(100), "silver")
 *     .otherwise("bronze");
 * }</pre>
 *
 * @param <T> the type of every branch's value
 */
public final class CaseExpression<T> implements Expression<T> {

  private record Branch(Condition when, Expression<?> then) {}

  private final SqlType<T> type;
  private final List<Branch> branches;
  private final Expression<T> otherwise;

  CaseExpression(SqlType<T> type, List<Branch> branches, Expression<T> otherwise) {
    this.type = type;
    this.branches = branches;
    this.otherwise = otherwise;
  }

  static <T> CaseExpression<T> first(Condition when, Expression<T> then) {
    return new CaseExpression<>(then.type(), List.of(new Branch(when, then)), null);
  }

  /** Adds a branch whose value is bound. */
  public CaseExpression<T> when(Condition when, T then) {
    return when(when, new Parameter<>(type, then));
  }

  /** Adds a branch whose value is an expression. */
  public CaseExpression<T> when(Condition when, Expression<T> then) {
    List<Branch> more = new ArrayList<>(branches);
    more.add(new Branch(when, then));
    return new CaseExpression<>(type, List.copyOf(more), otherwise);
  }

  /** The value when no branch matches; bound. */
  public Expression<T> otherwise(T value) {
    return otherwise(new Parameter<>(type, value));
  }

  /** The value when no branch matches. */
  public Expression<T> otherwise(Expression<T> value) {
    return new CaseExpression<>(type, branches, value);
  }

  @Override
  public SqlType<T> type() {
    return type;
  }

  @Override
  public void render(SqlBuilder sql) {
    sql.append("CASE");
    for (Branch branch : branches) {
      sql.append(" WHEN ");
      branch.when().render(sql);
      sql.append(" THEN ");
      branch.then().render(sql);
    }
    if (otherwise != null) {
      sql.append(" ELSE ");
      otherwise.render(sql);
    }
    sql.append(" END");
  }
}
