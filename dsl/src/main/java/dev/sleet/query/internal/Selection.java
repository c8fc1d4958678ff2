package dev.sleet.query.internal;

import dev.sleet.expr.Selectable;
import dev.sleet.expr.internal.ExpressionPart;
import dev.sleet.expr.internal.Parts;
import dev.sleet.expr.internal.SelectionPart;
import dev.sleet.sql.internal.SqlBuilder;
import dev.sleet.table.SqlTable;
import dev.sleet.table.internal.TableParts;
import dev.sleet.types.RowCursor;
import dev.sleet.types.RowReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a SELECT or RETURNING lists, and how one result row is read back from it.
 *
 * @param items  the selected tables and expressions
 * @param reader how a row becomes a result
 * @param <R>    what a row becomes
 */
public record Selection<R>(List<SelectionPart<?>> items, RowReader<R> reader) {

    /** A selection of one item, read as that item's value. */
    public static <A> Selection<A> single(Selectable<A> item) {
        SelectionPart<A> part = part(item);
        return new Selection<>(List.of(part), row -> part.read(row, 1));
    }

    /** Every column of a table, read as its record (no outer-join NULL check: the table is the FROM source). */
    public static <T> Selection<T> wholeRows(SqlTable<T> table) {
        return new Selection<>(List.of(TableParts.selection(table)), row -> TableParts.readRow(table, row, 1));
    }

    /** A selection of several items, whose values (in order) a function turns into the result. */
    public static <R> Selection<R> of(List<Selectable<?>> items, Function<Object[], R> combine) {
        SelectionPart<?>[] parts = new SelectionPart<?>[items.size()];
        int[] firsts = new int[items.size()];
        int next = 1;
        for (int i = 0; i < items.size(); i++) {
            parts[i] = part(items.get(i));
            firsts[i] = next;
            next += parts[i].width();
        }
        // The array is this method's own: wrapped, not copied.
        List<SelectionPart<?>> all = Collections.unmodifiableList(Arrays.asList(parts));
        return new Selection<>(all, row -> combine.apply(readAll(all, firsts, row)));
    }

    /** The contract behind a selected item: a table's columns, or an expression. */
    @SuppressWarnings("unchecked")
    static <A> SelectionPart<A> part(Selectable<A> item) {
        // A class check first (ExpressionPart is a class; see its javadoc for why that matters).
        if (item instanceof ExpressionPart<?> expression) {
            return (SelectionPart<A>) expression;
        }
        if (item instanceof SqlTable<?> table) {
            return (SelectionPart<A>) TableParts.selection(table);
        }
        throw Parts.foreign(item, "Selectable", "a table or an expression");
    }

    private static Object[] readAll(List<SelectionPart<?>> items, int[] firsts, RowCursor row) {
        Object[] values = new Object[firsts.length];
        for (int i = 0; i < firsts.length; i++) {
            values[i] = items.get(i).read(row, firsts[i]);
        }
        return values;
    }

    /**
     * Value {@code index} of a row read by {@link #of}, as the type its item declared: the generated select
     * overloads pass each value to the mapper parameter of that type.
     */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public static <T> T at(Object[] values, int index) {
        return (T) values[index];
    }

    /** The same items read into something else. */
    <X> Selection<X> map(Function<? super R, ? extends X> mapper) {
        RowReader<R> inner = reader;
        return new Selection<>(items, row -> mapper.apply(inner.read(row)));
    }

    /** The only item, when it is one expression; null otherwise. */
    @Nullable
    ExpressionPart<?> onlyExpression() {
        return items.size() == 1 && items.get(0) instanceof ExpressionPart<?> e ? e : null;
    }

    void render(SqlBuilder sql) {
        sql.commaSeparated(items, SelectionPart::renderSelection);
    }
}
