/**
 * Tables and columns as the generated table classes declare them: {@link dev.sleet.table.SqlTable} and the typed
 * column interfaces.
 */
@NullMarked
package dev.sleet.table;

import org.jspecify.annotations.NullMarked;
