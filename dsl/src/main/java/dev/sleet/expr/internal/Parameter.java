package dev.sleet.expr.internal;

import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A value bound as a parameter: renders {@code ?}.
 *
 * @param <T> the value's type
 */
public final class Parameter<T> extends ExpressionPart<T> {

    private final SqlType<T> type;
    private final @Nullable T value;

    /** {@code value}, bound as {@code type} binds it. */
    public Parameter(SqlType<T> type, @Nullable T value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.bind(type.toSql(value));
    }
}
