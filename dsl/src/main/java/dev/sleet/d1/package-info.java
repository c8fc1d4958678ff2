/**
 * A D1 database as Java code sees it: {@link dev.sleet.d1.Database} with the D1 binding's verbs ({@code prepare},
 * {@code batch}, {@code exec}) and the query DSL, over a {@link dev.sleet.d1.Driver} that one engine implements.
 */
@NullMarked
package dev.sleet.d1;

import org.jspecify.annotations.NullMarked;
