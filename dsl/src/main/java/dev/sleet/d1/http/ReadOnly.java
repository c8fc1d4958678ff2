package dev.sleet.d1.http;

import dev.sleet.sql.SqlScript;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether statements only read, so that sending them again after a lost answer cannot apply a write twice. It errs
 * on the side of writing: a statement it cannot read as a query counts as a write.
 */
final class ReadOnly {

    /** Words that make a query write wherever they appear: a common table expression may lead to an INSERT. */
    private static final Set<String> WRITES =
            Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER");

    /** PRAGMAs that only report, whatever their argument (a table or index name, a row limit). */
    private static final Set<String> REPORTING_PRAGMAS = Set.of(
            "TABLE_INFO",
            "TABLE_XINFO",
            "TABLE_LIST",
            "INDEX_LIST",
            "INDEX_INFO",
            "INDEX_XINFO",
            "FOREIGN_KEY_LIST",
            "FOREIGN_KEY_CHECK",
            "QUICK_CHECK",
            "INTEGRITY_CHECK",
            "DATA_VERSION");

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
        return switch (part.keyword(0)) {
            case "PRAGMA" -> readingPragma(part);
            case "EXPLAIN" -> true; // explains a statement without running it
            case "SELECT", "WITH", "VALUES" -> !writes(part.tokens());
            default -> false;
        };
    }

    /**
     * A reporting PRAGMA, or a bare one that reads a setting ({@code PRAGMA foreign_keys}); not one that sets a value
     * ({@code = x} or {@code (x)}) or acts ({@code optimize}).
     */
    private static boolean readingPragma(SqlScript.Part part) {
        int name = part.keyword(2).equals(".") ? 3 : 1; // PRAGMA schema.name
        String pragma = part.keyword(name);
        return REPORTING_PRAGMAS.contains(pragma)
                || (!pragma.equals("OPTIMIZE") && part.tokens().size() == name + 1);
    }

    private static boolean writes(List<SqlScript.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            SqlScript.Token token = tokens.get(i);
            boolean function = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(");
            if (token.kind() == SqlScript.Kind.WORD
                    && WRITES.contains(token.text().toUpperCase(Locale.ROOT))
                    && !(token.is("REPLACE") && function)) {
                return true;
            }
        }
        return false;
    }
}
