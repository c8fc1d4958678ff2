/**
 * Reading wrangler's configuration ({@code wrangler.toml} or {@code wrangler.jsonc}): the D1 databases, their ids
 * and migration folders.
 */
@NullMarked
package dev.sleet.migrate.config;

import org.jspecify.annotations.NullMarked;
