package dev.sleet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.migrations.MigrationFile;
import dev.sleet.testkit.LocalD1;
import dev.sleet.testkit.LocalD1Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample on real local D1 (workerd, run by the wrangler that {@code d1-local/} pins): wrangler applies the
 * committed migrations and the app takes them as applied, and the app runs its day through D1's REST API.
 */
class SaasAppOnLocalD1IT {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:30Z");

    @TempDir
    Path dir;

    @Test
    void wranglerAppliesTheMigrationsAndTheAppFindsThemApplied() throws IOException {
        LocalD1 d1 = LocalD1.create(dir);
        for (MigrationFile file : MigratedDatabase.migrations().files()) {
            Files.writeString(d1.migrationsDir().resolve(file.name()), file.sql());
        }
        d1.applyMigrations();

        List<String> lines;
        try (Database db = Sleet.sqlite(d1.sqliteFile())) {
            lines = runDay(db);
        }

        assertThat(d1.appliedMigrations())
                .containsExactlyElementsOf(MigratedDatabase.migrations().files().stream()
                        .map(MigrationFile::name)
                        .toList());
        assertThat(lines.get(0)).isEqualTo("Migrations: all 4 already applied");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyElementsOf(ExpectedDay.FIRST_RUN.subList(1, ExpectedDay.FIRST_RUN.size()));
        assertThat(d1.query("SELECT screens_uploaded FROM users WHERE id = 'ada'"))
                .containsExactly(Map.of("screens_uploaded", 13));
    }

    @Test
    void theAppRunsItsDayOnD1ThroughTheRestApi() {
        try (LocalD1Server server = LocalD1Server.start(dir, List.of("SAAS_DB"))) {
            D1HttpOptions options = D1HttpOptions.of(server.accountId(), "SAAS_DB", server.apiToken())
                    .withBaseUri(server.baseUri());

            try (Database db = Sleet.d1(options)) {
                assertThat(runDay(db)).containsExactlyElementsOf(ExpectedDay.FIRST_RUN);
                assertThat(runDay(db)).containsExactlyElementsOf(ExpectedDay.SECOND_RUN);
            }
        }
    }

    private static List<String> runDay(Database db) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new SaasApp(db, out, NOW).run(MigratedDatabase.MIGRATIONS);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
