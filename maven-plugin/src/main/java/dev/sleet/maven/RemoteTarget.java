package dev.sleet.maven;

import dev.sleet.d1.http.D1HttpOptions;
import dev.sleet.migrate.config.WranglerConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Where a remote D1 database is and the credentials to reach it, never from the pom: the account id from
 * {@code CLOUDFLARE_ACCOUNT_ID} or the settings server's {@code <username>}; the database id from
 * {@code CLOUDFLARE_D1_DATABASE_ID} or the wrangler config's {@code database_id}; the API token from
 * {@code CLOUDFLARE_API_TOKEN} or the settings server's {@code <password>}. The environment wins over settings.
 */
final class RemoteTarget {

    static final String ACCOUNT_ENV = "CLOUDFLARE_ACCOUNT_ID";
    static final String DATABASE_ENV = "CLOUDFLARE_D1_DATABASE_ID";
    static final String TOKEN_ENV = "CLOUDFLARE_API_TOKEN";

    private RemoteTarget() {}

    /**
     * The options for the remote database.
     *
     * @param environment the process environment
     * @param settings    Maven's settings, or null
     * @param serverId    the id of the settings {@code <server>} that may hold the account id and token
     * @param wrangler    the database the wrangler config declares, if any
     * @param chosen      whether that database was chosen by name ({@code -Dd1.database}), so that its
     *                    {@code database_id} is the one to use
     * @param apiBase     another API base (a proxy, a local D1 in tests), or null for Cloudflare's
     * @throws IllegalArgumentException naming everything that is missing and where it may come from
     */
    static D1HttpOptions options(
            Map<String, String> environment,
            Settings settings,
            String serverId,
            Optional<WranglerConfig.D1Database> wrangler,
            boolean chosen,
            String apiBase) {
        Optional<Server> server = Optional.ofNullable(settings).map(s -> s.getServer(serverId));
        String account = first(
                environment.get(ACCOUNT_ENV), server.map(Server::getUsername).orElse(null));
        String databaseId = databaseId(
                first(environment.get(DATABASE_ENV), null),
                first(wrangler.map(WranglerConfig.D1Database::databaseId).orElse(null), null),
                chosen);
        String settingsToken = server.map(Server::getPassword).orElse(null);
        if (first(environment.get(TOKEN_ENV), null) == null
                && settingsToken != null
                && settingsToken.startsWith("{")
                && settingsToken.endsWith("}")) {
            throw new IllegalArgumentException(
                    "the password of server '" + serverId + "' in settings.xml is encrypted, "
                            + "and Sleet reads the API token only in clear text there: set " + TOKEN_ENV + " instead");
        }
        String token = first(environment.get(TOKEN_ENV), settingsToken);
        List<String> missing = new ArrayList<>();
        if (account == null) {
            missing.add(
                    "the account id (" + ACCOUNT_ENV + ", or <username> of server '" + serverId + "' in settings.xml)");
        }
        if (databaseId == null) {
            missing.add("the database id (" + DATABASE_ENV + ", or database_id in wrangler.toml / wrangler.jsonc)");
        }
        if (token == null) {
            missing.add(
                    "the API token (" + TOKEN_ENV + ", or <password> of server '" + serverId + "' in settings.xml)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("-Dd1.remote=true needs " + String.join("; ", missing)
                    + ". Credentials are never read from the pom.");
        }
        D1HttpOptions options = D1HttpOptions.of(account, databaseId, token);
        return apiBase == null ? options : options.withBaseUri(URI.create(apiBase));
    }

    /**
     * The database id: the environment's, else the wrangler config's; but the config's when its database was chosen
     * by name, and then an environment naming another database is an error rather than a silent switch.
     */
    private static String databaseId(String fromEnvironment, String fromWrangler, boolean chosen) {
        if (chosen && fromWrangler != null) {
            if (fromEnvironment != null && !fromEnvironment.equals(fromWrangler)) {
                throw new IllegalArgumentException("-Dd1.database chooses the wrangler database with database_id "
                        + fromWrangler + ", but " + DATABASE_ENV + " names " + fromEnvironment + ": unset one of them");
            }
            return fromWrangler;
        }
        return first(fromEnvironment, fromWrangler);
    }

    private static String first(String preferred, String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return fallback != null && !fallback.isBlank() ? fallback : null;
    }
}
