/**
 * The annotations a {@code @Table} record carries: columns, keys, references, indexes, checks, defaults, generated
 * columns, type conversions and renames.
 */
@NullMarked
package dev.sleet.schema;

import org.jspecify.annotations.NullMarked;
