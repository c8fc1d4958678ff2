/**
 * The embedded engine: SQLite through sqlite-jdbc, with D1's limits, refusals and error messages applied in
 * fidelity mode.
 */
@NullMarked
package dev.sleet.d1.sqlite;

import org.jspecify.annotations.NullMarked;
