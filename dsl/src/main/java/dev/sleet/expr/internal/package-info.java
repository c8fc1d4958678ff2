/**
 * How expressions render and read; Sleet's own code uses it, users never do. Not part of the API: it changes
 * without notice.
 */
@NullMarked
package dev.sleet.expr.internal;

import org.jspecify.annotations.NullMarked;
