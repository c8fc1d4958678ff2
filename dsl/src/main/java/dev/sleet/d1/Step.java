package dev.sleet.d1;

import dev.sleet.sql.Statement;
import dev.sleet.types.RowReader;

/**
 * One statement of a batch, with how its returned rows are read.
 *
 * @param statement the statement
 * @param reader    how each returned row is read
 * @param <R>       what each row becomes
 */
public record Step<R>(Statement statement, RowReader<R> reader) {}
