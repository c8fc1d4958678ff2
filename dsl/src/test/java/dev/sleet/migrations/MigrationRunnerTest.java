package dev.sleet.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {

    @TempDir
    Path dir;

    @Test
    void progressIsReportedFileByFileUpToTheOneThatFails() throws IOException {
        Files.writeString(dir.resolve("0001_teams.sql"), "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("0002_seed.sql"), "INSERT INTO teams (id) VALUES (1);\n");
        Files.writeString(dir.resolve("0003_broken.sql"), """
        INSERT INTO teams (id) VALUES (2);
        INSERT INTO nowhere (id) VALUES (1);
        """);
        List<String> reported = new ArrayList<>();

        try (Database db = Sleet.sqliteInMemory()) {
            MigrationRunner runner = new MigrationRunner(db);
            assertThatThrownBy(() -> runner.apply(Migrations.in(dir), reported::add))
                    .isInstanceOf(MigrationException.class)
                    .extracting(e -> ((MigrationException) e).file())
                    .isEqualTo("0003_broken.sql");

            assertThat(reported).containsExactly("0001_teams.sql", "0002_seed.sql");
            assertThat(runner.status(Migrations.in(dir)).applied())
                    .extracting(MigrationStatus.Applied::name)
                    .containsExactly("0001_teams.sql", "0002_seed.sql");
            assertThat(db.prepare("SELECT count(*) AS n FROM teams").first("n")).contains(1L);
        }
    }
}
