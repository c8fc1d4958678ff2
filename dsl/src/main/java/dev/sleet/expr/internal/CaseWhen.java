package dev.sleet.expr.internal;

import dev.sleet.expr.CaseExpression;
import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.Lists;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code CASE} expression as Sleet renders it.
 *
 * @param <T> the type of every branch's value
 */
public final class CaseWhen<T> extends ExpressionPart<T> implements CaseExpression<T> {

    private final SqlType<T> type;
    /** The WHEN ... THEN ... pairs, in order. */
    private final List<Branch> branches;
    /** The ELSE value, or null for none. */
    private final @Nullable ExpressionPart<T> otherwise;

    private CaseWhen(SqlType<T> type, List<Branch> branches, @Nullable ExpressionPart<T> otherwise) {
        this.type = type;
        this.branches = branches;
        this.otherwise = otherwise;
    }

    /** One {@code WHEN condition THEN value}. */
    public record Branch(ExpressionPart<Boolean> when, ExpressionPart<?> then) {}

    /** {@code CASE WHEN when THEN then}, typed by {@code then}. */
    public static <T> CaseWhen<T> first(Condition when, Expression<T> then) {
        ExpressionPart<T> value = Parts.expression(then);
        return new CaseWhen<>(value.type(), List.of(new Branch(Parts.expression(when), value)), null);
    }

    @Override
    public CaseExpression<T> when(Condition when, @Nullable T then) {
        return when(when, new Parameter<>(type, then));
    }

    @Override
    public CaseExpression<T> when(Condition when, Expression<T> then) {
        Branch branch = new Branch(Parts.expression(when), Parts.expression(then));
        return new CaseWhen<>(type, Lists.plus(branches, branch), otherwise);
    }

    @Override
    public Expression<T> otherwise(@Nullable T value) {
        return otherwise(new Parameter<>(type, value));
    }

    @Override
    public Expression<T> otherwise(Expression<T> value) {
        return new CaseWhen<>(type, branches, Parts.expression(value));
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
