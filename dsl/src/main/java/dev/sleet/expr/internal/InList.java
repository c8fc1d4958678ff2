package dev.sleet.expr.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sleet.expr.Condition;
import dev.sleet.expr.Expression;
import dev.sleet.types.SqlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code x IN (...)} over a list of values. Short lists bind one parameter per value; longer ones bind a single JSON
 * array and read it with {@code json_each}, which D1 supports, so a list of any length stays one statement within
 * D1's 100-parameter limit. BLOBs travel in the array as hex text and are turned back by {@code unhex}; lists
 * holding non-finite doubles, which JSON cannot carry, bind one parameter per value.
 */
public final class InList {

    /** The longest list written with one parameter per value. */
    public static final int INLINE_MAX = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private InList() {}

    public static <T> Condition of(Expression<T> value, Collection<? extends T> values, boolean negated) {
        ExpressionPart<T> part = Parts.expression(value);
        SqlType<T> type = part.type();
        List<Object> stored = new ArrayList<>(values.size());
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException((negated ? "notIn" : "in") + " got a null value: NULL never matches "
                        + "IN; test for it with isNull() and or(...)");
            }
            stored.add(type.toSql(v));
        }
        if (stored.isEmpty()) {
            // x IN () is not valid SQL; an empty list matches nothing, and NOT IN an empty list matches everything.
            return Fragments.condition(sql -> sql.append(negated ? "1 = 1" : "1 = 0"), Precedence.COMPARE);
        }
        String keyword = negated ? " NOT IN (" : " IN (";
        if (stored.size() > INLINE_MAX && travelsAsJson(stored)) {
            boolean blobs = stored.get(0) instanceof byte[];
            String array = toJson(
                    blobs
                            ? stored.stream()
                                    .map(b -> (Object) HexFormat.of().formatHex((byte[]) b))
                                    .toList()
                            : stored);
            String element = blobs ? "unhex(value)" : "value";
            return Fragments.condition(
                    sql -> {
                        Operators.operand(sql, part, Precedence.COMPARE + 1);
                        sql.append(keyword)
                                .append("SELECT ")
                                .append(element)
                                .append(" FROM json_each(")
                                .bind(array)
                                .append("))");
                    },
                    Precedence.COMPARE);
        }
        return Fragments.condition(
                sql -> {
                    Operators.operand(sql, part, Precedence.COMPARE + 1);
                    sql.append(keyword);
                    sql.commaSeparated(stored, (storageValue, out) -> out.bind(storageValue));
                    sql.append(")");
                },
                Precedence.COMPARE);
    }

    /** Non-finite doubles cannot be JSON; BLOBs can, as hex, when the whole list is BLOBs (one column's values). */
    private static boolean travelsAsJson(List<Object> stored) {
        boolean blobs = stored.get(0) instanceof byte[];
        for (Object v : stored) {
            if ((v instanceof byte[]) != blobs || (v instanceof Double d && !Double.isFinite(d))) {
                return false;
            }
        }
        return true;
    }

    private static String toJson(List<Object> stored) {
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an IN list as JSON", e);
        }
    }
}
