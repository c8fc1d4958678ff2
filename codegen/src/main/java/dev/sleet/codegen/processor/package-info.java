/**
 * Sleet's annotation processor, the only thing {@code javac} needs of Sleet at build time: it reads each {@code
 * @Table} record, checks it, and writes its table class and the schema descriptor {@code META-
 * INF/sleet/schema.json}.
 */
@NullMarked
package dev.sleet.codegen.processor;

import org.jspecify.annotations.NullMarked;
