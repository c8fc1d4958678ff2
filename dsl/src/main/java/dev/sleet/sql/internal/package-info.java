/**
 * The one place SQL text is written, and the helpers of Sleet's immutable values; users never call it. Not part of
 * the API: it changes without notice.
 */
@NullMarked
package dev.sleet.sql.internal;

import org.jspecify.annotations.NullMarked;
