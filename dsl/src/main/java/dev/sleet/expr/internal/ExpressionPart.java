package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.RowCursor;
import dev.sleet.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * The rendering and reading contract of every {@link Expression} Sleet makes: its type, its precedence, its SQL.
 * Sleet's own code reaches it through {@link Parts#expression}.
 *
 * <p>It is a class, not an interface, so that the check behind {@link Parts#expression} is a class check: on Java
 * 17, checking one class against several interfaces in turn defeats the JVM's one-entry cache of the last interface
 * and costs a scan of the class's interfaces each time, which made rendering measurably slower.
 *
 * @param <T> the Java type of its value
 */
public abstract class ExpressionPart<T> implements Expression<T>, SelectionPart<T>, Renderable {

    /** How its value is bound and read. */
    public abstract SqlType<T> type();

    /** How tightly it binds, for parenthesisation; one of {@link Precedence}'s values. */
    public int precedence() {
        return Precedence.ATOM;
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    public void renderSelection(SqlBuilder sql) {
        Operators.selectExactly(sql, this, null);
    }

    @Override
    public @Nullable T read(RowCursor row, int first) {
        return type().read(row, first);
    }
}
