/**
 * What running a statement returns: {@link dev.sleet.result.Results} (the rows and D1's meta), {@link
 * dev.sleet.result.Meta}, untyped {@link dev.sleet.result.Row}s, and {@code exec}'s {@link
 * dev.sleet.result.ExecResult}.
 */
@NullMarked
package dev.sleet.result;

import org.jspecify.annotations.NullMarked;
