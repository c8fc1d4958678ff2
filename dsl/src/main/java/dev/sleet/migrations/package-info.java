/**
 * The migration runner: applies the numbered migration files in a folder the way wrangler does, each file
 * atomically, and records them in wrangler's own table.
 */
@NullMarked
package dev.sleet.migrations;

import org.jspecify.annotations.NullMarked;
