package dev.sleet.table.internal;

import dev.sleet.expr.Expression;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.Parts;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.ColumnOption;
import dev.sleet.table.SqlColumn;
import dev.sleet.table.SqlTable;
import dev.sleet.types.SqlType;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column as Sleet renders it: {@code "users"."email"}, or {@code "email"} where SQL wants a bare name.
 *
 * @param <T> the Java type of its values
 */
public class TableColumn<T> extends ExpressionPart<T> implements SqlColumn<T> {

    private final SqlTable<?> table;
    private final String qualifier;
    private final String name;
    private final SqlType<T> type;
    private final boolean nullable;
    private final boolean primaryKey;
    private final boolean hasDefault;
    private final boolean generated;
    /** {@code "table"."column"} and {@code "column"}, quoted once: every query that names the column writes one. */
    private final String qualifiedSql;

    private final String bareSql;

    /**
     * Creates a column of {@code table}, whose columns are qualified with {@code qualifier} (its alias, or else its
     * name).
     */
    public TableColumn(SqlTable<?> table, String qualifier, String name, SqlType<T> type, ColumnOption... options) {
        this.table = table;
        this.qualifier = qualifier;
        this.name = name;
        this.type = type;
        List<ColumnOption> given = Arrays.asList(options);
        this.nullable = given.contains(ColumnOption.NULLABLE);
        this.primaryKey = given.contains(ColumnOption.PRIMARY_KEY);
        this.hasDefault = given.contains(ColumnOption.HAS_DEFAULT);
        this.generated = given.contains(ColumnOption.GENERATED);
        this.bareSql = SqlBuilder.quote(name);
        this.qualifiedSql = SqlBuilder.quote(qualifier) + "." + bareSql;
    }

    /** The implementation behind a column of a generated table. */
    @SuppressWarnings("unchecked")
    public static <T> TableColumn<T> of(SqlColumn<T> column) {
        if (column instanceof TableColumn<?> own) {
            return (TableColumn<T>) own;
        }
        throw Parts.foreign(column, "SqlColumn", "the columns of a generated table class");
    }

    @Override
    public SqlTable<?> table() {
        return table;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public boolean nullable() {
        return nullable;
    }

    @Override
    public boolean primaryKey() {
        return primaryKey;
    }

    @Override
    public boolean hasDefault() {
        return hasDefault;
    }

    @Override
    public boolean generated() {
        return generated;
    }

    /** The storage value to bind for {@code value}. */
    public @Nullable Object toSql(@Nullable T value) {
        return type.toSql(value);
    }

    @Override
    public Expression<T> excluded() {
        return new Excluded<>(this);
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.append(sql.qualified() ? qualifiedSql : bareSql);
    }

    /**
     * Writes the column as a result column; one selected as text (see {@link SqlBuilder#selectsAsText}) keeps its
     * name: {@code CAST("screens"."id" AS TEXT) AS "id"}.
     */
    @Override
    public void renderSelection(SqlBuilder sql) {
        if (sql.selectsAsText(type)) {
            sql.append("CAST(")
                    .append(sql.qualified() ? qualifiedSql : bareSql)
                    .append(" AS TEXT) AS ")
                    .append(bareSql);
        } else {
            render(sql);
        }
    }

    /** Writes the bare quoted name, {@code "email"}, as INSERT column lists and SET clauses need it. */
    public void renderName(SqlBuilder sql) {
        sql.append(bareSql);
    }

    @Override
    public String toString() {
        return qualifier + "." + name;
    }

    private static final class Excluded<T> extends ExpressionPart<T> {

        private final TableColumn<T> column;

        Excluded(TableColumn<T> column) {
            this.column = column;
        }

        @Override
        public SqlType<T> type() {
            return column.type();
        }

        @Override
        public void render(SqlBuilder sql) {
            sql.append("excluded.");
            column.renderName(sql);
        }
    }
}
