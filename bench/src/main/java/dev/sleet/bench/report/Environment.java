package dev.sleet.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The machine a report's figures come from and the versions of everything measured, as label-value pairs in the
 * order the report lists them.
 */
public final class Environment {

    private Environment() {}

    /** The processor, cores, memory, operating system and load. */
    public static Map<String, String> machine() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("processor", procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
        facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put(
                "memory",
                procField("/proc/meminfo", "MemTotal")
                        .map(kb -> String.format(
                                Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1048576.0))
                        .orElse("unknown"));
        facts.put(
                "operating system",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
        String before = System.getProperty("sleet.bench.loadBefore");
        if (before != null) {
            facts.put("load average before the run (1, 5, 15 min)", before);
        }
        facts.put("load average after the run (1, 5, 15 min)", loadAverage());
        return facts;
    }

    /** Sleet, the JDK, JMH, jOOQ, sqlite-jdbc and the SQLite library it carries. */
    public static Map<String, String> versions(String jdk, String jmh) {
        Map<String, String> versions = new LinkedHashMap<>();
        String commit = System.getProperty("sleet.bench.commit");
        versions.put(
                "Sleet", mavenVersion("dev.sleet", "sleet-dsl") + (commit == null ? "" : " (commit " + commit + ")"));
        versions.put("JDK", jdk);
        versions.put("JMH", jmh);
        versions.put("jOOQ (open source)", mavenVersion("org.jooq", "jooq"));
        versions.put("sqlite-jdbc", mavenVersion("org.xerial", "sqlite-jdbc"));
        versions.put("SQLite", sqliteVersion());
        return versions;
    }

    /** The current 1, 5 and 15 minute load averages. */
    public static String loadAverage() {
        try {
            List<String> fields =
                    List.of(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+"));
            return String.join(", ", fields.subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Environment.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String sqliteVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "unknown";
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static Optional<String> procField(String file, String field) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
