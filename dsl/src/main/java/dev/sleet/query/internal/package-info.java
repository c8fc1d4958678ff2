/**
 * How the statements are built and rendered, and what an engine needs of them; Sleet's own code uses it, users
 * never do. Not part of the API: it changes without notice.
 */
@NullMarked
package dev.sleet.query.internal;

import org.jspecify.annotations.NullMarked;
