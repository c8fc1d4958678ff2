package dev.sleet.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements and each statement into tokens, as far as Sleet needs to: semicolons inside
 * strings, quoted names, comments and trigger bodies do not end a statement; comments and whitespace are dropped
 * from the tokens.
 *
 * <pre>{@code
 * for (SqlScript.Part part : SqlScript.parse(migrationText)) {
 *   part.sql();        // the statement's text, without its semicolon
 *   part.line();       // the line it starts on, from 1
 *   part.keyword(0);   // its first word, upper-cased: CREATE, INSERT, PRAGMA ...
 * }
 * }</pre>
 */
public final class SqlScript {

    /** What a token is. */
    public enum Kind {
        /** A keyword, bare name or number. */
        WORD,
        /** A quoted name: {@code "x"}, {@code `x`} or {@code [x]}; its text is the name without quotes. */
        NAME,
        /** A string literal, {@code 'x'}; its text is the literal as written. */
        STRING,
        /** Any other character: {@code ( ) , . = ;} and operators. */
        SYMBOL
    }

    /**
     * A token.
     *
     * @param kind what it is
     * @param text its text (names without their quotes)
     */
    public record Token(Kind kind, String text) {

        /** Whether it is the given keyword, ignoring case. */
        public boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** Whether it names something (a bare word or a quoted name). */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.NAME;
        }
    }

    /**
     * One statement of a script.
     *
     * @param sql    its text, trimmed, without the closing semicolon
     * @param line   the line it starts on, from 1
     * @param tokens its tokens
     */
    public record Part(String sql, int line, List<Token> tokens) {

        /** Token {@code index} upper-cased if it is a word, else its text; empty past the end. */
        public String keyword(int index) {
            if (index >= tokens.size()) {
                return "";
            }
            Token token = tokens.get(index);
            return token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : token.text();
        }
    }

    private SqlScript() {}

    /** The statements of a script, in order; empty statements (a lone {@code ;}, comments only) are left out. */
    public static List<Part> parse(String script) {
        return new Scanner(script).parts();
    }

    private static final class Scanner {
        private final String text;
        private int pos;
        private int line = 1;

        Scanner(String text) {
            this.text = text;
        }

        List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            List<Token> tokens = new ArrayList<>();
            int start = -1;
            int startLine = 1;
            int blockDepth = 0;
            while (true) {
                skipSpaceAndComments();
                if (pos >= text.length()) {
                    break;
                }
                int tokenStart = pos;
                int tokenLine = line;
                Token token = next();
                if (token.kind() == Kind.SYMBOL && token.text().equals(";") && blockDepth == 0) {
                    if (!tokens.isEmpty()) {
                        parts.add(new Part(text.substring(start, tokenStart).trim(), startLine, List.copyOf(tokens)));
                    }
                    tokens.clear();
                    start = -1;
                    continue;
                }
                if (start < 0) {
                    start = tokenStart;
                    startLine = tokenLine;
                }
                tokens.add(token);
                blockDepth = trackTriggerBody(tokens, token, blockDepth);
            }
            if (!tokens.isEmpty()) {
                parts.add(new Part(text.substring(start).trim(), startLine, List.copyOf(tokens)));
            }
            return parts;
        }

        /** Inside CREATE TRIGGER, BEGIN ... END (and CASE ... END within it) hold semicolons that do not split. */
        private static int trackTriggerBody(List<Token> tokens, Token token, int depth) {
            if (!isTrigger(tokens)) {
                return 0;
            }
            if (token.is("BEGIN") || (depth > 0 && token.is("CASE"))) {
                return depth + 1;
            }
            if (depth > 0 && token.is("END")) {
                return depth - 1;
            }
            return depth;
        }

        private static boolean isTrigger(List<Token> tokens) {
            if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
                return false;
            }
            for (int i = 1; i < Math.min(tokens.size(), 4); i++) {
                if (tokens.get(i).is("TRIGGER")) {
                    return true;
                }
            }
            return false;
        }

        private void skipSpaceAndComments() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '-' && peek(1) == '-') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '/' && peek(1) == '*') {
                    int end = text.indexOf("*/", pos + 2);
                    int stop = end < 0 ? text.length() : end + 2;
                    countLines(pos, stop);
                    pos = stop;
                } else {
                    return;
                }
            }
        }

        private Token next() {
            char c = text.charAt(pos);
            switch (c) {
                case '\'' -> {
                    return new Token(Kind.STRING, quoted('\''));
                }
                case '"', '`' -> {
                    return name(quoted(c));
                }
                case '[' -> {
                    return name(quoted(']'));
                }
                default -> {
                    // a word or a symbol, below
                }
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = pos;
                while (pos < text.length()
                        && (Character.isLetterOrDigit(text.charAt(pos))
                                || text.charAt(pos) == '_'
                                || text.charAt(pos) == '$')) {
                    pos++;
                }
                return new Token(Kind.WORD, text.substring(start, pos));
            }
            pos++;
            return new Token(Kind.SYMBOL, String.valueOf(c));
        }

        /** Consumes a quoted token (a doubled closing quote stays inside) and returns it with its quotes. */
        private String quoted(char close) {
            int start = pos;
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                }
                pos++;
                if (c == close) {
                    if (pos < text.length() && text.charAt(pos) == close && close != ']') {
                        pos++;
                    } else {
                        break;
                    }
                }
            }
            return text.substring(start, pos);
        }

        /** A quoted name without its quotes; an unterminated one keeps what follows its opening quote. */
        private static Token name(String quoted) {
            char q = quoted.charAt(0);
            char close = q == '[' ? ']' : q;
            boolean closed = quoted.length() >= 2 && quoted.charAt(quoted.length() - 1) == close;
            String inner = quoted.substring(1, closed ? quoted.length() - 1 : quoted.length());
            return new Token(Kind.NAME, q == '[' ? inner : inner.replace(String.valueOf(q) + q, String.valueOf(q)));
        }

        private char peek(int ahead) {
            int at = pos + ahead;
            return at < text.length() ? text.charAt(at) : 0;
        }

        private void countLines(int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
        }
    }
}
