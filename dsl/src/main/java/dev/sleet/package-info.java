/**
 * Sleet's entry point: {@link dev.sleet.Sleet} opens an embedded or a remote D1 database, or gives a query DSL with
 * no database, whose queries only render.
 */
@NullMarked
package dev.sleet;

import org.jspecify.annotations.NullMarked;
