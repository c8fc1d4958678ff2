package dev.sleet.d1.http;

import dev.sleet.sql.SqlScript;
import java.util.List;
import java.util.Set;

/** Whether statements only read, so that sending them again after a lost answer cannot apply a write twice. */
final class ReadOnly {

  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP",
      "ALTER", "UPSERT");

  private ReadOnly() {}

  static boolean all(List<String> statements) {
    return statements.stream().allMatch(ReadOnly::readOnly);
  }

  private static boolean readOnly(String sql) {
    List<SqlScript.Part> parts = SqlScript.parse(sql);
    if (parts.size() != 1) {
      return false;
    }
    SqlScript.Part part = parts.get(0);
    String first = part.keyword(0);
    if (first.equals("PRAGMA")) {
      return part.tokens().stream().noneMatch(t -> t.text().equals("=") || t.text().equals("("));
    }
    if (!first.equals("SELECT") && !first.equals("WITH") && !first.equals("EXPLAIN") && !first.equals("VALUES")) {
      return false;
    }
    return part.tokens().stream().noneMatch(t -> t.kind() == SqlScript.Kind.WORD
        && WRITES.contains(t.text().toUpperCase(java.util.Locale.ROOT)));
  }
}
