package dev.sleet.migrate;

import dev.sleet.sql.SqlScript;
import dev.sleet.sql.SqlScript.Kind;
import dev.sleet.sql.SqlScript.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What SQLite's pragmas do not report about a table, read from the {@code CREATE} statement it keeps: CHECK
 * conditions, generation expressions, AUTOINCREMENT, and index WHERE clauses. Expressions are normalised (names
 * unquoted and lower-cased, words lower-cased, single spaces), so formatting does not count as a change.
 */
final class CreateTableText {

    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "primary", "unique", "check", "foreign");

    private final List<List<Token>> items;
    private final boolean autoIncrement;

    private CreateTableText(List<List<Token>> items, boolean autoIncrement) {
        this.items = items;
        this.autoIncrement = autoIncrement;
    }

    static CreateTableText parse(String createSql) {
        List<Token> tokens = SqlScript.parse(createSql).get(0).tokens();
        List<List<Token>> items = new ArrayList<>();
        int start = indexOf(tokens, "(", 0);
        List<Token> current = new ArrayList<>();
        int depth = 0;
        boolean autoIncrement = false;
        for (int i = start + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            autoIncrement |= t.is("AUTOINCREMENT");
            if (t.kind() == Kind.SYMBOL && t.text().equals("(")) {
                depth++;
            } else if (t.kind() == Kind.SYMBOL && t.text().equals(")")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && t.kind() == Kind.SYMBOL && t.text().equals(",")) {
                items.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            items.add(current);
        }
        return new CreateTableText(items, autoIncrement);
    }

    boolean autoIncrement() {
        return autoIncrement;
    }

    /** The CHECK condition of a column, or null. */
    @Nullable
    String columnCheck(String column) {
        List<Token> item = columnItem(column);
        return item == null ? null : groupAfter(item, "check");
    }

    /** The generation expression of a column, or null. */
    @Nullable
    String generated(String column) {
        List<Token> item = columnItem(column);
        return item == null ? null : groupAfter(item, "as");
    }

    /** The table-level CHECK conditions, sorted. */
    List<String> tableChecks() {
        List<String> checks = new ArrayList<>();
        for (List<Token> item : items) {
            if (!isColumn(item)) {
                String check = groupAfter(item, "check");
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        checks.sort(null);
        return checks;
    }

    /** The normalised condition after WHERE in a CREATE INDEX statement, or null. */
    static @Nullable String indexWhere(String createIndexSql) {
        List<Token> tokens = SqlScript.parse(createIndexSql).get(0).tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.SYMBOL && t.text().equals("(")) {
                depth++;
            } else if (t.kind() == Kind.SYMBOL && t.text().equals(")")) {
                depth--;
            } else if (depth == 0 && t.is("WHERE")) {
                return normalise(tokens.subList(i + 1, tokens.size()));
            }
        }
        return null;
    }

    /** Tokens as comparable text. */
    static String normalise(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(
                    t.kind() == Kind.STRING || t.kind() == Kind.SYMBOL
                            ? t.text()
                            : t.text().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    private @Nullable List<Token> columnItem(String column) {
        for (List<Token> item : items) {
            if (isColumn(item) && item.get(0).text().equalsIgnoreCase(column)) {
                return item;
            }
        }
        return null;
    }

    private static boolean isColumn(List<Token> item) {
        return !item.isEmpty()
                && !(item.get(0).kind() == Kind.WORD
                        && CONSTRAINT_WORDS.contains(item.get(0).text().toLowerCase(Locale.ROOT)));
    }

    /** The normalised contents of the parenthesised group right after a keyword. */
    private static @Nullable String groupAfter(List<Token> item, String keyword) {
        for (int i = 0; i + 1 < item.size(); i++) {
            if (item.get(i).is(keyword)
                    && item.get(i + 1).text().equals("(")
                    && item.get(i + 1).kind() == Kind.SYMBOL) {
                int depth = 0;
                for (int j = i + 1; j < item.size(); j++) {
                    Token t = item.get(j);
                    if (t.kind() == Kind.SYMBOL && t.text().equals("(")) {
                        depth++;
                    } else if (t.kind() == Kind.SYMBOL && t.text().equals(")") && --depth == 0) {
                        return normalise(item.subList(i + 2, j));
                    }
                }
            }
        }
        return null;
    }

    private static int indexOf(List<Token> tokens, String symbol, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.SYMBOL && tokens.get(i).text().equals(symbol)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a CREATE TABLE statement with a column list");
    }
}
