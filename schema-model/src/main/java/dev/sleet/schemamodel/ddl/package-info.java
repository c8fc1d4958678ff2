/**
 * The CREATE TABLE and CREATE INDEX text of a schema model, as migrations write it.
 */
@NullMarked
package dev.sleet.schemamodel.ddl;

import org.jspecify.annotations.NullMarked;
