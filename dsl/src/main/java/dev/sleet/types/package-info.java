/**
 * Type mapping between Java values and SQLite's storage classes: the standard mappings, timestamps, JSON,
 * converters, and the cursors rows are read from.
 */
@NullMarked
package dev.sleet.types;

import org.jspecify.annotations.NullMarked;
