/**
 * The schema as the processor reads it from the records and the migration planner compares it: tables, columns,
 * keys, indexes and checks.
 */
@NullMarked
package dev.sleet.schemamodel;

import org.jspecify.annotations.NullMarked;
