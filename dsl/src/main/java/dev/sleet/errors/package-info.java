/**
 * The exceptions every engine throws for D1's failures, one type per kind a caller may handle (a constraint, a
 * limit, invalid SQL, a refused statement), and the D1 message they carry.
 */
@NullMarked
package dev.sleet.errors;

import org.jspecify.annotations.NullMarked;
