package dev.sleet.expr.internal;

import dev.sleet.expr.Expression;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.types.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fragment of SQL written by hand, whose {@code ?} placeholders take the arguments in order: an argument that is
 * an {@link Expression} (a column, another fragment) is written in place, any other value is bound. Placeholders
 * inside quoted strings and identifiers do not count.
 */
public final class RawSql implements Renderable {

    private final List<String> pieces;
    private final List<Renderable> arguments;

    private RawSql(List<String> pieces, List<Renderable> arguments) {
        this.pieces = pieces;
        this.arguments = arguments;
    }

    public static RawSql parse(String sql, @Nullable Object... args) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '?') {
                pieces.add(sql.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(sql.substring(start));
        int placeholders = pieces.size() - 1;
        if (placeholders != args.length) {
            throw new IllegalArgumentException("raw SQL \"" + sql + "\" has " + placeholders + " ? placeholder(s) but "
                    + args.length + " argument(s) were given: pass one argument per ?");
        }
        List<Renderable> arguments = new ArrayList<>(args.length);
        for (Object arg : args) {
            if (arg instanceof Expression<?> expression) {
                arguments.add(Parts.expression(expression));
            } else {
                Object stored = SqlTypes.toStorage(arg);
                arguments.add(s -> s.bind(stored));
            }
        }
        return new RawSql(List.copyOf(pieces), List.copyOf(arguments));
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.append(pieces.get(0));
        for (int i = 0; i < arguments.size(); i++) {
            arguments.get(i).render(sql);
            sql.append(pieces.get(i + 1));
        }
    }
}
