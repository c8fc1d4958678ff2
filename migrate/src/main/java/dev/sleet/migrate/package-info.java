/**
 * The migration planner: replays the migration files on an in-memory SQLite, compares the result with the declared
 * schema, and writes the next numbered migration, refusing changes that would lose data.
 */
@NullMarked
package dev.sleet.migrate;

import org.jspecify.annotations.NullMarked;
