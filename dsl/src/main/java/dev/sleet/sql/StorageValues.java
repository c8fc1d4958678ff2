package dev.sleet.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks that values are SQLite storage values (null, Long, Double, String, byte[]) before they are bound. */
final class StorageValues {

  private StorageValues() {}

  static List<Object> copyOf(List<Object> values) {
    List<Object> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value != null && !(value instanceof Long || value instanceof Double || value instanceof String
          || value instanceof byte[])) {
        throw new IllegalArgumentException("parameter " + (i + 1) + " is a " + value.getClass().getName()
            + "; a statement binds only null, Long, Double, String or byte[]: convert it with its SqlType first");
      }
      copy.add(value);
    }
    return Collections.unmodifiableList(copy);
  }
}
