/**
 * The schema descriptor, {@code META-INF/sleet/schema.json}: how the processor hands the declared schema to {@code
 * d1:generate} and {@code d1:check}.
 */
@NullMarked
package dev.sleet.schemamodel.descriptor;

import org.jspecify.annotations.NullMarked;
