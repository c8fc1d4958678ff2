package dev.sleet.migrate;

import java.util.List;

/**
 * What a migration must do to bring a database from the schema its migrations build to the schema the records
 * declare.
 *
 * @param statements the SQL statements, in order, without semicolons
 * @param changes    a short description of each change, such as {@code add_users_email}
 * @param losses     the data each change would lose; such a plan is refused unless data loss is allowed
 */
public record MigrationPlan(List<String> statements, List<String> changes, List<String> losses) {

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
