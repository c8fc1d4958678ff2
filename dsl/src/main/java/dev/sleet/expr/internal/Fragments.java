package dev.sleet.expr.internal;

import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.expr.NumberExpression;
import dev.sleet.expr.StringExpression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlType;
import dev.sleet.types.SqlTypes;

/** Expressions made of a type, a precedence and a piece of SQL, one per expression interface. */
public final class Fragments {

    private Fragments() {}

    /** An expression of {@code type} whose SQL {@code body} writes. */
    public static <T> Expression<T> of(SqlType<T> type, Renderable body, int precedence) {
        return new Any<>(type, body, precedence);
    }

    /** A text expression whose SQL {@code body} writes. */
    public static StringExpression string(Renderable body, int precedence) {
        return new Text(body, precedence);
    }

    /** A numeric expression of {@code type} whose SQL {@code body} writes. */
    public static <N extends Number> NumberExpression<N> number(SqlType<N> type, Renderable body, int precedence) {
        return new Numeric<>(type, body, precedence);
    }

    /** A condition whose SQL {@code body} writes. */
    public static Condition condition(Renderable body, int precedence) {
        return new Bool(body, precedence);
    }

    /** The part every fragment shares: a body and a precedence. */
    private abstract static class Fragment<T> extends ExpressionPart<T> {

        private final Renderable body;
        private final int precedence;

        Fragment(Renderable body, int precedence) {
            this.body = body;
            this.precedence = precedence;
        }

        @Override
        public final int precedence() {
            return precedence;
        }

        @Override
        public final void render(SqlBuilder sql) {
            body.render(sql);
        }
    }

    private static final class Any<T> extends Fragment<T> {

        private final SqlType<T> type;

        Any(SqlType<T> type, Renderable body, int precedence) {
            super(body, precedence);
            this.type = type;
        }

        @Override
        public SqlType<T> type() {
            return type;
        }
    }

    private static final class Text extends Fragment<String> implements StringExpression {

        Text(Renderable body, int precedence) {
            super(body, precedence);
        }

        @Override
        public SqlType<String> type() {
            return SqlTypes.STRING;
        }
    }

    private static final class Numeric<N extends Number> extends Fragment<N> implements NumberExpression<N> {

        private final SqlType<N> type;

        Numeric(SqlType<N> type, Renderable body, int precedence) {
            super(body, precedence);
            this.type = type;
        }

        @Override
        public SqlType<N> type() {
            return type;
        }
    }

    private static final class Bool extends Fragment<Boolean> implements Condition {

        Bool(Renderable body, int precedence) {
            super(body, precedence);
        }

        @Override
        public SqlType<Boolean> type() {
            return SqlTypes.BOOLEAN;
        }
    }
}
