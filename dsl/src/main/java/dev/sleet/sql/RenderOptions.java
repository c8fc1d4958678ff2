package dev.sleet.sql;

/**
 * What the engine a query runs on needs from rendering.
 *
 * @param maxParameters  how many values one statement may bind (100 on D1); a multi-row insert is split to fit
 * @param integersAsText whether 64-bit integer results are selected as text ({@code CAST(x AS TEXT) AS "x"}, under
 *                       the name SQLite would give {@code x}), for a transport that would round them (D1's JSON
 *                       answers read integers as doubles); only the result columns read back are (the outermost
 *                       SELECT list, RETURNING), never a subquery's
 */
public record RenderOptions(int maxParameters, boolean integersAsText) {

    /** No parameter limit, integers as they are: what {@code toStatement()} renders. */
    public static final RenderOptions UNLIMITED = new RenderOptions(Integer.MAX_VALUE, false);

    /** Options with only a parameter limit. */
    public static RenderOptions limitedTo(int maxParameters) {
        return new RenderOptions(maxParameters, false);
    }
}
