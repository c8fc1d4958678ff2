package dev.sleet.table;

import dev.sleet.expr.Condition;

/** A boolean column (INTEGER 0/1); it is a condition of its own: {@code where(USERS.IS_ADMIN)}. */
public interface BooleanColumn extends SqlColumn<Boolean>, Condition {}
