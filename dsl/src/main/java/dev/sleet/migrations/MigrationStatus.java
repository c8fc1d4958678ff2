package dev.sleet.migrations;

import java.util.List;

/**
 * Which migrations a database has applied and which it has not.
 *
 * @param applied the applied files, in the order they were applied
 * @param pending the files not yet applied, in the order they would be
 */
public record MigrationStatus(List<Applied> applied, List<MigrationFile> pending) {

    /**
     * A row of {@code d1_migrations}.
     *
     * @param name      the file name
     * @param appliedAt when, as the database wrote it ({@code YYYY-MM-DD HH:MM:SS} UTC)
     */
    public record Applied(String name, String appliedAt) {}
}
