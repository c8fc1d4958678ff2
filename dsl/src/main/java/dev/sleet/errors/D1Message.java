package dev.sleet.errors;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A D1 error message taken apart: its code and what went wrong, which D1 writes as {@code CODE: reason}, such as
 * {@code D1_ERROR: no such table: users: SQLITE_ERROR}. Both drivers build their messages with it rather than by
 * adding or cutting a {@code "D1_ERROR: "} prefix.
 *
 * <pre>{@code
 * D1Message m = D1Message.parse("D1_TYPE_ERROR: Type 'object' not supported for value 'x'");
 * m.code();   // "D1_TYPE_ERROR"
 * m.reason(); // "Type 'object' not supported for value 'x'"
 * m.format(); // the text parsed
 * }</pre>
 *
 * @param code   D1's code: {@code D1_ERROR}, {@code D1_TYPE_ERROR}, {@code D1_COLUMN_NOTFOUND}, {@code D1_EXEC_ERROR}
 * @param reason what went wrong, without the code
 */
public record D1Message(String code, String reason) {

    /** The code of most failures. */
    public static final String ERROR = "D1_ERROR";
    /** The code of a failure inside {@code exec(...)}. */
    public static final String EXEC_ERROR = "D1_EXEC_ERROR";

    private static final Pattern CODED = Pattern.compile("(D1_[A-Z0-9_]+): (.*)", Pattern.DOTALL);

    /** Checks that both parts are there. */
    public D1Message {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    /** A {@code D1_ERROR} with this reason. */
    public static D1Message error(String reason) {
        return new D1Message(ERROR, reason);
    }

    /**
     * How D1 words a failure inside {@code exec(...)}: {@code D1_EXEC_ERROR: Error in line N: <statement>: <reason>}.
     *
     * @param line      the line the statement starts on, from 1
     * @param statement the statement that failed, as quoted in the message
     * @param failure   the statement's own failure, whose reason is kept and code dropped
     */
    public static D1Message execError(int line, String statement, D1Message failure) {
        return new D1Message(EXEC_ERROR, "Error in line " + line + ": " + statement + ": " + failure.reason());
    }

    /**
     * Takes a message apart: a text that starts with a D1 code ({@code D1_...: }) splits there, and any other text is
     * the reason of a {@code D1_ERROR}. For a text that starts with a code, {@link #format()} gives the text back.
     */
    public static D1Message parse(String text) {
        Matcher coded = CODED.matcher(text);
        return coded.matches() ? new D1Message(coded.group(1), coded.group(2)) : error(text);
    }

    /** The message as D1 writes it: {@code CODE: reason}. */
    public String format() {
        return code + ": " + reason;
    }
}
