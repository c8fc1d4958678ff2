package dev.sleet.table;

import dev.sleet.expr.StringExpression;

/** A TEXT column holding Strings, with the text operators ({@code like}, {@code concat}, ...). */
public interface StringColumn extends SqlColumn<String>, StringExpression {}
