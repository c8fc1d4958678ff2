package dev.sleet.sql.internal;

import java.util.List;

/** Adding to the immutable lists that Sleet's immutable query values hold. */
public final class Lists {

    private Lists() {}

    /** An immutable list of {@code list}'s items and then {@code item}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> plus(List<T> list, T item) {
        if (list.isEmpty()) {
            return List.of(item);
        }
        Object[] items = list.toArray(new Object[list.size() + 1]);
        items[list.size()] = item;
        return (List<T>) List.of(items);
    }

    /** An immutable list of {@code list}'s items and then {@code more}'s. */
    public static <T> List<T> plusAll(List<T> list, T[] more) {
        if (list.isEmpty()) {
            return List.of(more);
        }
        Object[] items = list.toArray(new Object[list.size() + more.length]);
        for (int i = 0; i < more.length; i++) {
            items[list.size() + i] = more[i];
        }
        @SuppressWarnings("unchecked")
        List<T> all = (List<T>) List.of(items);
        return all;
    }
}
