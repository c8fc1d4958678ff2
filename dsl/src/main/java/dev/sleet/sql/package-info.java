/**
 * SQL as Sleet hands it to an engine: a {@link dev.sleet.sql.Statement} (text and bound values), scripts split into
 * statements, and the options an engine renders with.
 */
@NullMarked
package dev.sleet.sql;

import org.jspecify.annotations.NullMarked;
