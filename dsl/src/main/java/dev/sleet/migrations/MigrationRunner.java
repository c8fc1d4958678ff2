package dev.sleet.migrations;

import dev.sleet.d1.Database;
import dev.sleet.errors.D1Exception;
import dev.sleet.query.Query;
import dev.sleet.result.Row;
import dev.sleet.sql.SqlScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Applies migration files to a database the way {@code wrangler d1 migrations apply} does, so wrangler and Sleet
 * can take turns on the same database: the same tracking table, column for column; the same order; each file in
 * one atomic batch together with its row in the tracking table; the first failure stops the run.
 *
 * <pre>{@code
 * MigrationRunner runner = new MigrationRunner(db);
 * List<String> applied = runner.apply(Migrations.in(Path.of("migrations")));
 * MigrationStatus status = runner.status(Migrations.in(Path.of("migrations")));
 * }</pre>
 */
public final class MigrationRunner {

    /** wrangler's default tracking table. */
    public static final String DEFAULT_TABLE = "d1_migrations";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Database db;
    private final String table;

    /** A runner that records migrations in {@code d1_migrations}. */
    public MigrationRunner(Database db) {
        this(db, DEFAULT_TABLE);
    }

    /**
     * A runner that records migrations in another table (wrangler's {@code migrations_table}).
     *
     * @throws IllegalArgumentException when the name is not a plain SQL name
     */
    public MigrationRunner(Database db, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException(
                    "migrations table " + table + " must be a plain name (letters, digits, _)");
        }
        this.db = db;
        this.table = table;
    }

    /** What the database has applied, and what it has not. */
    public MigrationStatus status(Migrations migrations) {
        createTrackingTable();
        List<MigrationStatus.Applied> applied = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Row row : db.prepare("SELECT name, applied_at FROM " + table + " ORDER BY id")
                .all()) {
            // wrangler's table declares both NOT NULL.
            String name = Objects.requireNonNull(row.getString("name"), "a migrations row without a name");
            applied.add(new MigrationStatus.Applied(
                    name, Objects.requireNonNull(row.getString("applied_at"), "a migrations row without applied_at")));
            names.add(name);
        }
        List<MigrationFile> pending = migrations.files().stream()
                .filter(f -> !names.contains(f.name()))
                .toList();
        return new MigrationStatus(applied, pending);
    }

    /**
     * Applies every pending file, in order.
     *
     * @return the names of the files applied
     * @throws MigrationException when a file fails; that file left nothing behind, and later files did not run
     */
    public List<String> apply(Migrations migrations) {
        return apply(migrations, name -> {});
    }

    /**
     * Applies every pending file, in order, telling {@code onApplied} each file's name as soon as it is applied, so
     * that a caller can report progress even when a later file fails.
     *
     * @return the names of the files applied
     * @throws MigrationException when a file fails; that file left nothing behind, and later files did not run
     */
    public List<String> apply(Migrations migrations, Consumer<String> onApplied) {
        List<String> applied = new ArrayList<>();
        for (MigrationFile file : status(migrations).pending()) {
            apply(file);
            applied.add(file.name());
            onApplied.accept(file.name());
        }
        return applied;
    }

    private void apply(MigrationFile file) {
        List<SqlScript.Part> parts = SqlScript.parse(file.sql());
        List<Query<?>> batch = new ArrayList<>();
        for (SqlScript.Part part : parts) {
            batch.add(db.prepare(part.sql()));
        }
        batch.add(db.prepare("INSERT INTO " + table + " (name) values (?)").bind(file.name()));
        try {
            db.batch(batch);
        } catch (D1Exception e) {
            throw new MigrationException(file.name(), describe(file, parts, e), e);
        }
    }

    private static String describe(MigrationFile file, List<SqlScript.Part> parts, D1Exception e) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).sql().equals(e.sql())) {
                return "migration " + file.name() + " failed at statement " + (i + 1) + " (line "
                        + parts.get(i).line() + "), and was rolled back: " + e.d1Message() + "\n  " + e.sql();
            }
        }
        return "migration " + file.name() + " failed and was rolled back: " + e.d1Message();
    }

    private void createTrackingTable() {
        db.prepare("CREATE TABLE IF NOT EXISTS " + table + "(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, "
                        + "applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)")
                .run();
    }
}
