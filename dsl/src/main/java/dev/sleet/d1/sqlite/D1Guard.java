package dev.sleet.d1.sqlite;

import dev.sleet.errors.StatementRefusedException;
import dev.sleet.sql.SqlScript;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before SQLite sees them, the statements D1 refuses, with the messages local D1 gives: transaction
 * control, ATTACH and DETACH, VACUUM, TEMP objects, {@code _cf_} names, and PRAGMAs outside D1's allowlist.
 * Setting {@code PRAGMA foreign_keys} is accepted and ignored, as on D1.
 */
final class D1Guard {

    static final String TRANSACTION = "D1_ERROR: To execute a transaction, please use the state.storage.transaction() "
            + "or state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT statements. The "
            + "JavaScript API is safer because it will automatically roll back on exceptions, and because it interacts "
            + "correctly with Durable Objects' automatic atomic write coalescing.";
    static final String NOT_AUTHORIZED = "D1_ERROR: not authorized: SQLITE_AUTH";
    static final String VACUUM = "D1_ERROR: cannot VACUUM from within a transaction: SQLITE_ERROR";
    static final String NOT_AUTHORIZED_FUNCTION = "D1_ERROR: not authorized to use function: %s: SQLITE_ERROR";

    private static final Set<String> UNAUTHORIZED_FUNCTIONS = Set.of(
            "sqlite_version",
            "sqlite_source_id",
            "sqlite_compileoption_used",
            "sqlite_compileoption_get",
            "json_pretty");
    private static final Set<String> REFUSED_MODULES = Set.of("rtree", "rtree_i32");

    private static final Set<String> TRANSACTION_WORDS =
            Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");
    private static final Set<String> ALLOWED_PRAGMAS = Set.of(
            "table_info",
            "table_xinfo",
            "table_list",
            "index_list",
            "index_info",
            "index_xinfo",
            "foreign_key_list",
            "foreign_key_check",
            "defer_foreign_keys",
            "foreign_keys",
            "case_sensitive_like",
            "ignore_check_constraints",
            "legacy_alter_table",
            "recursive_triggers",
            "reverse_unordered_selects",
            "quick_check",
            "optimize",
            "data_version");

    /** What to do with a statement D1 allows. */
    enum Verdict {
        /** Run it. */
        RUN,
        /** Accept it and do nothing ({@code PRAGMA foreign_keys = OFF}: D1 keeps foreign keys on). */
        IGNORE
    }

    private D1Guard() {}

    /**
     * Checks one statement.
     *
     * @throws StatementRefusedException when D1 refuses it
     */
    static Verdict check(SqlScript.Part part) {
        String first = part.keyword(0);
        if (TRANSACTION_WORDS.contains(first)) {
            throw refused(TRANSACTION, part);
        }
        if (first.equals("ATTACH") || first.equals("DETACH")) {
            throw refused(NOT_AUTHORIZED, part);
        }
        if (first.equals("VACUUM")) {
            throw refused(VACUUM, part);
        }
        checkFunctionsAndPragmaTables(part);
        if (first.equals("CREATE")) {
            checkCreate(part);
        }
        if (first.equals("PRAGMA")) {
            return checkPragma(part);
        }
        return Verdict.RUN;
    }

    private static void checkCreate(SqlScript.Part part) {
        String second = part.keyword(1);
        if (second.equals("TEMP") || second.equals("TEMPORARY")) {
            throw refused(NOT_AUTHORIZED, part);
        }
        // CREATE [UNIQUE] TABLE|INDEX|VIEW|TRIGGER [IF NOT EXISTS] [schema.]name
        List<SqlScript.Token> tokens = part.tokens();
        int i = 1;
        if (part.keyword(i).equals("UNIQUE") || part.keyword(i).equals("VIRTUAL")) {
            i++;
        }
        i++;
        if (part.keyword(i).equals("IF")) {
            i += 3;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
            String schema = tokens.get(i).text();
            if (schema.equalsIgnoreCase("temp") || schema.equalsIgnoreCase("temporary")) {
                throw refused(NOT_AUTHORIZED, part);
            }
            i += 2;
        }
        if (part.keyword(1).equals("VIRTUAL")) {
            for (int u = i; u + 1 < tokens.size(); u++) {
                if (tokens.get(u).is("USING")
                        && REFUSED_MODULES.contains(tokens.get(u + 1).text().toLowerCase(Locale.ROOT))) {
                    throw refused(NOT_AUTHORIZED, part);
                }
            }
        }
        if (i < tokens.size()
                && tokens.get(i).isName()
                && tokens.get(i).text().toLowerCase(Locale.ROOT).startsWith("_cf_")) {
            throw refused(NOT_AUTHORIZED, part);
        }
    }

    /** Function calls D1 does not authorize, and table-valued pragmas outside the allowlist. */
    private static void checkFunctionsAndPragmaTables(SqlScript.Part part) {
        List<SqlScript.Token> tokens = part.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            SqlScript.Token token = tokens.get(i);
            if (token.kind() != SqlScript.Kind.WORD) {
                continue;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            boolean called = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(");
            if (called && UNAUTHORIZED_FUNCTIONS.contains(word)) {
                throw refused(String.format(NOT_AUTHORIZED_FUNCTION, token.text()), part);
            }
            if (word.startsWith("pragma_") && !ALLOWED_PRAGMAS.contains(word.substring("pragma_".length()))) {
                throw refused(NOT_AUTHORIZED, part);
            }
        }
    }

    private static Verdict checkPragma(SqlScript.Part part) {
        int nameAt = part.tokens().size() > 2 && part.keyword(2).equals(".") ? 3 : 1;
        String pragma = part.keyword(nameAt).toLowerCase(Locale.ROOT);
        if (!ALLOWED_PRAGMAS.contains(pragma)) {
            throw refused(NOT_AUTHORIZED, part);
        }
        boolean setsValue =
                part.keyword(nameAt + 1).equals("=") || part.keyword(nameAt + 1).equals("(");
        return pragma.equals("foreign_keys") && setsValue ? Verdict.IGNORE : Verdict.RUN;
    }

    private static StatementRefusedException refused(String message, SqlScript.Part part) {
        return new StatementRefusedException(message, part.sql(), null);
    }
}
