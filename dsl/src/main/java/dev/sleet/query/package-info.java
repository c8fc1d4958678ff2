/**
 * The typed statements: SELECT, INSERT, UPDATE and DELETE, built step by step from a {@link
 * dev.sleet.query.QueryDsl}, each an immutable value that renders to a prepared statement.
 */
@NullMarked
package dev.sleet.query;

import org.jspecify.annotations.NullMarked;
