package dev.sleet.samples;

import static dev.sleet.samples.model.Users.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrate.MigrationGenerator;
import dev.sleet.migrations.MigrationFile;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.samples.model.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The committed migrations: what {@code mvn d1:check} checks, and what they do to a database that has data. */
class MigrationsTest {

    private final Migrations migrations = MigratedDatabase.migrations();

    @Test
    void theMigrationsBuildExactlyTheSchemaTheRecordsDeclare() throws Exception {
        List<String> problems =
                new MigrationGenerator(MigrationRunner.DEFAULT_TABLE).check(migrations, SchemaFromDescriptor.read());

        assertThat(problems).isEmpty();
    }

    @Test
    void filesAreNumberedOneByOneWithWranglersHeader() {
        List<MigrationFile> files = migrations.files();

        assertThat(files)
                .extracting(MigrationFile::number)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, files.size()).boxed().toList());
        assertThat(files).allSatisfy(file -> {
            assertThat(file.name()).matches("\\d{4}_[a-z0-9_]+\\.sql");
            assertThat(file.sql()).startsWith(String.format("-- Migration number: %04d \t", file.number()));
        });
    }

    @Test
    void aDatabaseFromTheFirstVersionKeepsItsUsersAndGetsTheNewColumnsDefaults() {
        try (Database db = Sleet.sqliteInMemory()) {
            MigrationRunner runner = new MigrationRunner(db);
            runner.apply(new Migrations(migrations.files().subList(0, 1)));
            db.prepare("INSERT INTO users (id, email, device_id, points) VALUES (?, ?, ?, ?)")
                    .bind("ada", "ada@example.com", "pixel", 7)
                    .run();

            List<String> applied = runner.apply(migrations);

            assertThat(applied).hasSize(migrations.files().size() - 1);
            User ada = db.selectFrom(USERS).first().orElseThrow();
            assertThat(ada.email()).isEqualTo("ada@example.com");
            assertThat(ada.points()).isEqualTo(7);
            assertThat(ada.subscriptionTier()).isEqualTo("free");
            assertThat(ada.credits()).isEqualTo(1000);
            assertThat(ada.isBanned()).isFalse();
            assertThat(ada.isAdmin()).isFalse();
            assertThat(ada.googleSub()).isNull();
            assertThat(runner.apply(migrations)).isEmpty();
        }
    }
}
