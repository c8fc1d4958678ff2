package dev.sleet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.migrate.config.WranglerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class RemoteTargetTest {

    private static final Optional<WranglerConfig.D1Database> WRANGLER = Optional.of(
            new WranglerConfig.D1Database("DB", "app", "wrangler-db-id", Path.of("migrations"), "d1_migrations"));

    @Test
    void theEnvironmentNamesAccountDatabaseAndToken() {
        D1HttpOptions options = RemoteTarget.options(
                Map.of(
                        RemoteTarget.ACCOUNT_ENV,
                        "acc",
                        RemoteTarget.DATABASE_ENV,
                        "env-db-id",
                        RemoteTarget.TOKEN_ENV,
                        "secret"),
                null,
                "cloudflare-d1",
                WRANGLER,
                false,
                null);

        assertThat(options.accountId()).isEqualTo("acc");
        assertThat(options.databaseId()).isEqualTo("env-db-id");
        assertThat(options.apiToken()).isEqualTo("secret");
        assertThat(options.baseUri()).isEqualTo(D1HttpOptions.CLOUDFLARE);
    }

    @Test
    void settingsAndWranglerFillWhatTheEnvironmentLeavesOut() {
        Settings settings = settingsWith("cloudflare-d1", "settings-acc", "settings-secret");

        D1HttpOptions options = RemoteTarget.options(
                Map.of(), settings, "cloudflare-d1", WRANGLER, false, "http://127.0.0.1:8787/client/v4");

        assertThat(options.accountId()).isEqualTo("settings-acc");
        assertThat(options.apiToken()).isEqualTo("settings-secret");
        assertThat(options.databaseId()).isEqualTo("wrangler-db-id");
        assertThat(options.baseUri()).isEqualTo(URI.create("http://127.0.0.1:8787/client/v4"));
    }

    @Test
    void theEnvironmentWinsOverSettings() {
        Settings settings = settingsWith("cloudflare-d1", "settings-acc", "settings-secret");

        D1HttpOptions options = RemoteTarget.options(
                Map.of(RemoteTarget.TOKEN_ENV, "env-secret"), settings, "cloudflare-d1", WRANGLER, false, null);

        assertThat(options.apiToken()).isEqualTo("env-secret");
        assertThat(options.accountId()).isEqualTo("settings-acc");
    }

    @Test
    void everythingMissingIsNamedWithWhereItMayComeFrom() {
        Settings otherServer = settingsWith("elsewhere", "acc", "secret");

        assertThatThrownBy(() -> RemoteTarget.options(
                        Map.of(RemoteTarget.TOKEN_ENV, " "),
                        otherServer,
                        "cloudflare-d1",
                        Optional.empty(),
                        false,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the account id (CLOUDFLARE_ACCOUNT_ID, or <username> of server 'cloudflare-d1'")
                .hasMessageContaining("the database id (CLOUDFLARE_D1_DATABASE_ID, or database_id in wrangler.toml")
                .hasMessageContaining("the API token (CLOUDFLARE_API_TOKEN")
                .hasMessageContaining("never read from the pom");
    }

    @Test
    void aDatabaseChosenByNameUsesItsOwnIdAndRefusesAnEnvironmentNamingAnother() {
        Map<String, String> credentials = Map.of(RemoteTarget.ACCOUNT_ENV, "acc", RemoteTarget.TOKEN_ENV, "secret");
        assertThat(RemoteTarget.options(credentials, null, "cloudflare-d1", WRANGLER, true, null)
                        .databaseId())
                .isEqualTo("wrangler-db-id");

        Map<String, String> otherDatabase = Map.of(
                RemoteTarget.ACCOUNT_ENV,
                "acc",
                RemoteTarget.TOKEN_ENV,
                "secret",
                RemoteTarget.DATABASE_ENV,
                "env-db-id");
        assertThatThrownBy(() -> RemoteTarget.options(otherDatabase, null, "cloudflare-d1", WRANGLER, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database_id wrangler-db-id")
                .hasMessageContaining("names env-db-id");
    }

    @Test
    void anEncryptedSettingsPasswordIsRefusedWithWhatToDo() {
        Settings settings = settingsWith("cloudflare-d1", "acc", "{COQLCE6DU6GtcS5P=}");

        assertThatThrownBy(() -> RemoteTarget.options(Map.of(), settings, "cloudflare-d1", WRANGLER, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is encrypted")
                .hasMessageContaining("set CLOUDFLARE_API_TOKEN instead");
    }

    private static Settings settingsWith(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }
}
