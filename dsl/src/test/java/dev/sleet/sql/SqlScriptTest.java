package dev.sleet.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sleet.sql.SqlScript.Kind;
import dev.sleet.sql.SqlScript.Part;
import dev.sleet.sql.SqlScript.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlScriptTest {

    private static List<String> statements(String script) {
        return SqlScript.parse(script).stream().map(Part::sql).toList();
    }

    private static Part only(String script) {
        List<Part> parts = SqlScript.parse(script);
        assertThat(parts).hasSize(1);
        return parts.get(0);
    }

    // ---- splitting ----

    @Test
    void splitsOnSemicolonsAndDropsThem() {
        assertThat(statements("CREATE TABLE a(x); INSERT INTO a VALUES(1);SELECT * FROM a"))
                .containsExactly("CREATE TABLE a(x)", "INSERT INTO a VALUES(1)", "SELECT * FROM a");
    }

    @Test
    void trimsEachStatement() {
        assertThat(statements("  SELECT 1  ;\n\t SELECT 2 \n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void doesNotSplitInsideAStringLiteral() {
        assertThat(statements("INSERT INTO t VALUES('a;b'); SELECT 2"))
                .containsExactly("INSERT INTO t VALUES('a;b')", "SELECT 2");
    }

    @Test
    void doubledQuoteInsideAStringDoesNotEndIt() {
        assertThat(statements("INSERT INTO t VALUES('it''s; fine'); SELECT 'x'';'';y'"))
                .containsExactly("INSERT INTO t VALUES('it''s; fine')", "SELECT 'x'';'';y'");
    }

    @Test
    void doesNotSplitInsideDoubleQuotedBacktickedOrBracketedNames() {
        assertThat(statements("SELECT \"a;b\" FROM t; SELECT `c;d` FROM t; SELECT [e;f] FROM t"))
                .containsExactly("SELECT \"a;b\" FROM t", "SELECT `c;d` FROM t", "SELECT [e;f] FROM t");
    }

    @Test
    void doubledQuotesInsideQuotedNamesDoNotEndThem() {
        assertThat(statements("SELECT \"a\"\";b\" FROM t; SELECT `c``;d` FROM t; SELECT 3"))
                .containsExactly("SELECT \"a\"\";b\" FROM t", "SELECT `c``;d` FROM t", "SELECT 3");
    }

    @Test
    void doesNotSplitInsideLineComments() {
        assertThat(statements("SELECT 1 -- not here; nor here\n, 2; SELECT 3"))
                .containsExactly("SELECT 1 -- not here; nor here\n, 2", "SELECT 3");
    }

    @Test
    void doesNotSplitInsideBlockComments() {
        assertThat(statements("SELECT /* a; b;\n c; */ 1; SELECT 2"))
                .containsExactly("SELECT /* a; b;\n c; */ 1", "SELECT 2");
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertThat(statements("SELECT '--'; SELECT '/*'; SELECT 3"))
                .containsExactly("SELECT '--'", "SELECT '/*'", "SELECT 3");
    }

    @Test
    void quotesInsideCommentsDoNotOpenStrings() {
        assertThat(statements("SELECT 1; -- it's a comment\nSELECT 2; /* \"odd */ SELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void leadingCommentsAreNotPartOfTheStatement() {
        Part part = only("-- header\n/* block */ SELECT 1;");
        assertThat(part.sql()).isEqualTo("SELECT 1");
        assertThat(part.keyword(0)).isEqualTo("SELECT");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(statements("SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    // ---- empty statements ----

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "\n\n", ";", " ; ;; ", "-- only a comment", "/* only */", "-- a\n;\n/* b */;\n"})
    void scriptsWithoutStatementsHaveNoParts(String script) {
        assertThat(SqlScript.parse(script)).isEmpty();
    }

    @Test
    void emptyStatementsBetweenOthersAreDropped() {
        assertThat(statements(";; SELECT 1;;; -- c\n; SELECT 2;;")).containsExactly("SELECT 1", "SELECT 2");
    }

    // ---- triggers ----

    @Test
    void triggerBodyStaysOneStatement() {
        String trigger = "CREATE TRIGGER trg AFTER INSERT ON a BEGIN INSERT INTO log VALUES(1); "
                + "UPDATE b SET n = n + 1; END";
        assertThat(statements(trigger + "; SELECT 1")).containsExactly(trigger, "SELECT 1");
    }

    @Test
    void caseEndInsideATriggerBodyDoesNotEndTheBody() {
        String trigger = "CREATE TRIGGER trg BEFORE UPDATE ON a BEGIN\n"
                + "  UPDATE b SET kind = CASE WHEN new.x > 0 THEN 'pos' ELSE 'neg' END;\n"
                + "  SELECT CASE WHEN 1 THEN CASE WHEN 2 THEN 3 END END;\n"
                + "  DELETE FROM c;\n"
                + "END";
        assertThat(statements(trigger + ";\nSELECT 2;")).containsExactly(trigger, "SELECT 2");
    }

    @Test
    void caseInATriggersWhenClauseDoesNotOpenABody() {
        String trigger =
                "CREATE TRIGGER trg AFTER UPDATE ON a WHEN (CASE WHEN new.x THEN 1 END) " + "BEGIN DELETE FROM b; END";
        assertThat(statements(trigger + "; SELECT 3")).containsExactly(trigger, "SELECT 3");
    }

    @Test
    void temporaryAndIfNotExistsTriggersStayOneStatement() {
        String temp = "CREATE TEMP TRIGGER t1 AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END";
        String ifNotExists = "CREATE TRIGGER IF NOT EXISTS t2 AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END";
        String temporary = "CREATE TEMPORARY TRIGGER t3 AFTER INSERT ON a BEGIN SELECT 1; END";
        assertThat(statements(temp + "; " + ifNotExists + "; " + temporary))
                .containsExactly(temp, ifNotExists, temporary);
    }

    @Test
    void triggerBodyWithSemicolonsInStringsAndCommentsStaysOneStatement() {
        String trigger = "CREATE TRIGGER trg AFTER INSERT ON a BEGIN\n"
                + "  INSERT INTO log VALUES('END;'); -- END;\n"
                + "  /* END; */ SELECT RAISE(ABORT, 'no; way');\n"
                + "END";
        assertThat(statements(trigger + "; SELECT 4")).containsExactly(trigger, "SELECT 4");
    }

    @Test
    void beginAndEndOutsideATriggerSplitNormally() {
        assertThat(statements("BEGIN; INSERT INTO t VALUES(1); END; SELECT CASE WHEN 1 THEN 2 END; COMMIT"))
                .containsExactly("BEGIN", "INSERT INTO t VALUES(1)", "END", "SELECT CASE WHEN 1 THEN 2 END", "COMMIT");
    }

    @Test
    void statementsAfterATriggerAreSplitAgain() {
        List<Part> parts = SqlScript.parse("CREATE TRIGGER trg AFTER INSERT ON a BEGIN SELECT 1; END;\n"
                + "CREATE TABLE x(begin_at TEXT, end_at TEXT);\nINSERT INTO x VALUES('a', 'b')");
        assertThat(parts)
                .extracting(p -> p.keyword(0), p -> p.keyword(1))
                .containsExactly(tuple("CREATE", "TRIGGER"), tuple("CREATE", "TABLE"), tuple("INSERT", "INTO"));
    }

    // ---- line numbers ----

    @Test
    void eachPartKnowsTheLineItStartsOn() {
        List<Part> parts = SqlScript.parse("SELECT 1;\nSELECT 2;\n\n\n  SELECT 3; SELECT 4;\nSELECT\n5");
        assertThat(parts).extracting(Part::line).containsExactly(1, 2, 5, 5, 6);
    }

    @Test
    void linesCountNewlinesInsideStringsNamesAndComments() {
        String script = "SELECT 'a\nb';\n" // line 1-2
                + "SELECT \"c\nd\";\n" // line 3-4
                + "/* x\ny\n*/ SELECT 3;\n" // comment 5-7, statement on 7
                + "-- note\n" // line 8
                + "SELECT 4"; // line 9
        assertThat(SqlScript.parse(script)).extracting(Part::line).containsExactly(1, 3, 7, 9);
    }

    @Test
    void leadingCommentsAndBlankLinesShiftTheStartLine() {
        assertThat(only("\n-- first\n/* second\n */\n\n  INSERT INTO t VALUES(1)")
                        .line())
                .isEqualTo(6);
    }

    @Test
    void crlfLineEndsCountOnce() {
        assertThat(SqlScript.parse("SELECT 1;\r\nSELECT 2;\r\n\r\nSELECT 3"))
                .extracting(Part::line)
                .containsExactly(1, 2, 4);
    }

    @Test
    void lineOfAStatementAfterAMultiLineTrigger() {
        List<Part> parts = SqlScript.parse(
                "CREATE TRIGGER trg AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n" + "SELECT 3");
        assertThat(parts).extracting(Part::line).containsExactly(1, 5);
    }

    // ---- tokens and keyword() ----

    @Test
    void tokensDropCommentsAndWhitespace() {
        assertThat(only("SELECT /* c */ a -- d\n FROM t").tokens())
                .containsExactly(
                        new Token(Kind.WORD, "SELECT"),
                        new Token(Kind.WORD, "a"),
                        new Token(Kind.WORD, "FROM"),
                        new Token(Kind.WORD, "t"));
    }

    @Test
    void tokenKindsForWordsNamesStringsAndSymbols() {
        assertThat(only("insert into \"T\" (a) values ('x', 1.5)").tokens())
                .containsExactly(
                        new Token(Kind.WORD, "insert"),
                        new Token(Kind.WORD, "into"),
                        new Token(Kind.NAME, "T"),
                        new Token(Kind.SYMBOL, "("),
                        new Token(Kind.WORD, "a"),
                        new Token(Kind.SYMBOL, ")"),
                        new Token(Kind.WORD, "values"),
                        new Token(Kind.SYMBOL, "("),
                        new Token(Kind.STRING, "'x'"),
                        new Token(Kind.SYMBOL, ","),
                        new Token(Kind.WORD, "1"),
                        new Token(Kind.SYMBOL, "."),
                        new Token(Kind.WORD, "5"),
                        new Token(Kind.SYMBOL, ")"));
    }

    @Test
    void keywordUpperCasesWords() {
        Part part = only("pragma Foreign_Keys = off");
        assertThat(part.keyword(0)).isEqualTo("PRAGMA");
        assertThat(part.keyword(1)).isEqualTo("FOREIGN_KEYS");
        assertThat(part.keyword(2)).isEqualTo("=");
        assertThat(part.keyword(3)).isEqualTo("OFF");
    }

    @Test
    void keywordIsEmptyPastTheEnd() {
        Part part = only("VACUUM");
        assertThat(part.keyword(0)).isEqualTo("VACUUM");
        assertThat(part.keyword(1)).isEmpty();
        assertThat(part.keyword(100)).isEmpty();
    }

    @Test
    void keywordReturnsNamesAndStringsAsWritten() {
        Part part = only("CREATE TABLE \"MixedCase\" (v DEFAULT 'Lower')");
        assertThat(part.keyword(2)).isEqualTo("MixedCase");
        assertThat(part.keyword(6)).isEqualTo("'Lower'");
    }

    @Test
    void quotedNamesLoseTheirQuotes() {
        List<Token> tokens = only("SELECT \"a b\", `c d`, [e f]").tokens();
        assertThat(tokens)
                .filteredOn(t -> t.kind() == Kind.NAME)
                .extracting(Token::text)
                .containsExactly("a b", "c d", "e f");
    }

    @Test
    void doubledQuotesInNamesAreUndoubled() {
        List<Token> tokens = only("SELECT \"say \"\"hi\"\"\", `back``tick`").tokens();
        assertThat(tokens)
                .filteredOn(t -> t.kind() == Kind.NAME)
                .extracting(Token::text)
                .containsExactly("say \"hi\"", "back`tick");
    }

    @Test
    void bracketedNamesKeepQuoteCharactersAndEndAtTheFirstBracket() {
        List<Token> tokens = only("SELECT [a\"\"b], [x]]").tokens();
        assertThat(tokens)
                .containsExactly(
                        new Token(Kind.WORD, "SELECT"),
                        new Token(Kind.NAME, "a\"\"b"),
                        new Token(Kind.SYMBOL, ","),
                        new Token(Kind.NAME, "x"),
                        new Token(Kind.SYMBOL, "]"));
    }

    @Test
    void stringLiteralsKeepTheirQuotesAndDoubledQuotes() {
        assertThat(only("SELECT 'it''s'").tokens().get(1)).isEqualTo(new Token(Kind.STRING, "'it''s'"));
    }

    @Test
    void unterminatedQuotedNameKeepsEverythingAfterItsOpeningQuote() {
        assertThat(only("SELECT \"abc").tokens().get(1)).isEqualTo(new Token(Kind.NAME, "abc"));
        assertThat(only("SELECT [abc").tokens().get(1)).isEqualTo(new Token(Kind.NAME, "abc"));
    }

    @Test
    void unterminatedStringRunsToTheEndOfTheScript() {
        List<Part> parts = SqlScript.parse("SELECT 'abc; SELECT 2");
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).tokens().get(1)).isEqualTo(new Token(Kind.STRING, "'abc; SELECT 2"));
    }

    @Test
    void tokenIsAndIsNameHelpers() {
        Token word = new Token(Kind.WORD, "select");
        assertThat(word.is("SELECT")).isTrue();
        assertThat(word.is("INSERT")).isFalse();
        assertThat(new Token(Kind.NAME, "select").is("SELECT")).isFalse();
        assertThat(word.isName()).isTrue();
        assertThat(new Token(Kind.NAME, "x").isName()).isTrue();
        assertThat(new Token(Kind.STRING, "'x'").isName()).isFalse();
        assertThat(new Token(Kind.SYMBOL, ";").isName()).isFalse();
    }

    @Test
    void partsTokensDoNotIncludeTheSeparatingSemicolon() {
        List<Part> parts = SqlScript.parse("SELECT 1; SELECT 2;");
        assertThat(parts)
                .allSatisfy(p -> assertThat(p.tokens()).extracting(Token::text).doesNotContain(";"));
    }

    @Test
    void parametersAndDollarNamesTokenize() {
        assertThat(only("SELECT ?1, :a, $b").tokens())
                .containsExactly(
                        new Token(Kind.WORD, "SELECT"),
                        new Token(Kind.SYMBOL, "?"),
                        new Token(Kind.WORD, "1"),
                        new Token(Kind.SYMBOL, ","),
                        new Token(Kind.SYMBOL, ":"),
                        new Token(Kind.WORD, "a"),
                        new Token(Kind.SYMBOL, ","),
                        new Token(Kind.WORD, "$b"));
    }
}
