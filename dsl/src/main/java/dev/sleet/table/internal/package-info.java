/**
 * How columns render and how queries read and write a table's rows; users never call it. Not part of the API: it
 * changes without notice.
 */
@NullMarked
package dev.sleet.table.internal;

import org.jspecify.annotations.NullMarked;
