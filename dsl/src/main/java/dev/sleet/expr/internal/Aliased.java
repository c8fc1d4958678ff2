package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;

/**
 * An expression selected under a result-column name.
 *
 * @param <T> the expression's type
 */
public final class Aliased<T> extends ExpressionPart<T> {

    private final ExpressionPart<T> expression;
    private final String alias;

    /** {@code expression} under {@code alias}. */
    public Aliased(Expression<T> expression, String alias) {
        this.expression = Parts.expression(expression);
        this.alias = alias;
    }

    @Override
    public SqlType<T> type() {
        return expression.type();
    }

    @Override
    public void renderSelection(SqlBuilder sql) {
        Operators.selectExactly(sql, expression, alias);
    }

    @Override
    public void render(SqlBuilder sql) {
        if (sql.selectsAsText(expression.type())) {
            // The alias names the result column, selected as text: read back as the integer it is, ORDER BY
            // and HAVING compare numbers, not text.
            sql.append("CAST(").identifier(alias).append(" AS INTEGER)");
        } else {
            sql.identifier(alias);
        }
    }
}
