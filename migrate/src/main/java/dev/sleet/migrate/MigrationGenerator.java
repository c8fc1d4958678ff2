package dev.sleet.migrate;

import dev.sleet.Sleet;
import dev.sleet.d1.Database;
import dev.sleet.migrations.MigrationException;
import dev.sleet.migrations.MigrationFile;
import dev.sleet.migrations.MigrationRunner;
import dev.sleet.migrations.Migrations;
import dev.sleet.result.Row;
import dev.sleet.schemamodel.SchemaModel;
import dev.sleet.schemamodel.TableModel;
import dev.sleet.schemamodel.ddl.DdlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code d1:generate} and {@code d1:check} do: replay the migration files into an in-memory SQLite that behaves
 * like D1, compare the schema they build with the schema the records declare, and plan, verify and write the next
 * migration. The files are the only source of truth: no snapshot, no journal.
 *
 * <pre>{@code
 * MigrationGenerator generator = new MigrationGenerator("d1_migrations");
 * Optional<Path> written = generator.generate(Path.of("migrations"), schema, null, false, Instant.now());
 * }</pre>
 */
public final class MigrationGenerator {

    private final String migrationsTable;

    /** A generator for databases that record migrations in the given table. */
    public MigrationGenerator(String migrationsTable) {
        this.migrationsTable = migrationsTable;
    }

    /**
     * Plans the migration from what the files build to the desired schema, and checks it by running it on the
     * replayed database.
     *
     * @throws MigrationException when an existing file does not apply
     */
    public MigrationPlan plan(Migrations existing, SchemaModel desired) {
        try (Database replay = replay(existing)) {
            SchemaShape current = introspect(replay);
            SchemaShape wanted = desiredShape(desired);
            MigrationPlan plan = new MigrationPlanner(current, desired, wanted).plan();
            if (!plan.isEmpty()) {
                verify(replay, plan, wanted);
            }
            return plan;
        }
    }

    /**
     * Writes the next migration file into the folder, when the schema changed.
     *
     * @param folder        the migrations folder (created if missing)
     * @param desired       the schema the records declare
     * @param name          the file's message ({@code add_users_email}), or null to derive it from the changes
     * @param allowDataLoss whether changes that lose data (drops, narrowing changes) may be written
     * @param now           the time for wrangler's header line
     * @return the file written, or empty when the migrations already build the schema
     * @throws MigrationRefusedException when the change would lose data and that is not allowed
     */
    public Optional<Path> generate(Path folder, SchemaModel desired, String name, boolean allowDataLoss, Instant now) {
        Migrations existing = Migrations.in(folder);
        List<String> duplicates = duplicateNumbers(existing);
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(String.join("\n", duplicates));
        }
        MigrationPlan plan = plan(existing, desired);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        if (!plan.losses().isEmpty() && !allowDataLoss) {
            throw new MigrationRefusedException(plan.losses());
        }
        int number = existing.highestNumber() + 1;
        String message = name != null && !name.isBlank() ? slug(name) : derivedName(plan);
        Path file = folder.resolve(String.format(Locale.ROOT, "%04d_%s.sql", number, message));
        try {
            Files.createDirectories(folder);
            Files.writeString(file, MigrationText.write(number, now, plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return Optional.of(file);
    }

    /**
     * Everything {@code d1:check} finds wrong with the migrations: files sharing a number, and a schema they do not
     * reproduce.
     *
     * @return one message per problem; empty when all is well
     */
    public List<String> check(Migrations existing, SchemaModel desired) {
        List<String> problems = new ArrayList<>(duplicateNumbers(existing));
        if (!problems.isEmpty()) {
            return problems;
        }
        MigrationPlan plan;
        try {
            plan = plan(existing, desired);
        } catch (MigrationException e) {
            return List.of(e.getMessage());
        }
        if (!plan.isEmpty()) {
            problems.add("the migrations do not build the schema the records declare; run mvn d1:generate. Missing "
                    + "changes: " + String.join(", ", plan.changes()));
        }
        return problems;
    }

    /**
     * Checks a database against the files it has applied: each must still be in the folder, and replaying them must
     * build the schema the database has (a file edited after it was applied no longer does).
     *
     * @return one message per problem; empty when all is well
     */
    public List<String> checkApplied(Database target, Migrations existing) {
        List<String> problems = new ArrayList<>();
        Map<String, MigrationFile> byName = new HashMap<>();
        existing.files().forEach(f -> byName.put(f.name(), f));
        List<MigrationFile> applied = new ArrayList<>();
        boolean tracked = target.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?")
                        .bind(migrationsTable)
                        .first("n", Long.class)
                        .orElse(0L)
                > 0;
        List<Row> rows = tracked
                ? target.prepare("SELECT name FROM " + DdlWriter.quote(migrationsTable) + " ORDER BY id")
                        .all()
                : List.of(); // a database never migrated has applied nothing
        for (Row row : rows) {
            MigrationFile file = byName.get(row.getString("name"));
            if (file == null) {
                problems.add(
                        "the database has applied " + row.getString("name") + ", which is no longer in the folder");
            } else {
                applied.add(file);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        SchemaShape built;
        try (Database replay = replay(new Migrations(applied))) {
            built = introspect(replay);
        }
        SchemaShape actual = introspect(target);
        for (String difference : differences(built, actual)) {
            problems.add("the database differs from what its applied migrations build (was an applied file edited?): "
                    + difference);
        }
        return problems;
    }

    private Database replay(Migrations existing) {
        Database db = Sleet.sqliteInMemory();
        try {
            new MigrationRunner(db, migrationsTable).apply(existing);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private SchemaShape introspect(Database db) {
        return new Introspector(db, migrationsTable).read();
    }

    private SchemaShape desiredShape(SchemaModel desired) {
        try (Database db = Sleet.sqliteInMemory()) {
            for (TableModel table : desired.tables()) {
                for (String statement : DdlWriter.create(table)) {
                    db.prepare(statement).run();
                }
            }
            return introspect(db);
        }
    }

    /** Runs the plan on the replayed database and checks it builds exactly the desired schema. */
    private void verify(Database replay, MigrationPlan plan, SchemaShape wanted) {
        String text = MigrationText.write(0, Instant.EPOCH, plan);
        new MigrationRunner(replay, migrationsTable)
                .apply(new Migrations(List.of(MigrationFile.of("9999_plan.sql", text))));
        List<String> differences = differences(introspect(replay), wanted);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("Sleet planned a migration that does not build the declared schema (a bug "
                    + "in Sleet; please report it with your records): " + differences + "\n" + text);
        }
    }

    private static List<String> differences(SchemaShape a, SchemaShape b) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new HashSet<>();
        a.tables().forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
        b.tables().forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
        for (String name : names.stream().sorted().toList()) {
            Optional<TableShape> left = a.table(name);
            Optional<TableShape> right = b.table(name);
            if (left.isEmpty() || right.isEmpty()) {
                differences.add("table " + name + " exists on one side only");
            } else if (!left.get().equals(right.get().withName(left.get().name()))) {
                differences.add("table " + name + " differs");
            }
        }
        Set<String> indexNames = new HashSet<>();
        a.indexes().forEach(i -> indexNames.add(i.name().toLowerCase(Locale.ROOT)));
        b.indexes().forEach(i -> indexNames.add(i.name().toLowerCase(Locale.ROOT)));
        for (String name : indexNames.stream().sorted().toList()) {
            Optional<IndexShape> left = a.indexes().stream()
                    .filter(i -> i.name().equalsIgnoreCase(name))
                    .findFirst();
            Optional<IndexShape> right = b.indexes().stream()
                    .filter(i -> i.name().equalsIgnoreCase(name))
                    .findFirst();
            if (left.isEmpty() || right.isEmpty() || !left.get().sameAs(right.get())) {
                differences.add("index " + name + " differs");
            }
        }
        return differences;
    }

    private static List<String> duplicateNumbers(Migrations existing) {
        Map<Integer, List<String>> byNumber = new HashMap<>();
        existing.files()
                .forEach(f -> byNumber.computeIfAbsent(f.number(), n -> new ArrayList<>())
                        .add(f.name()));
        List<String> problems = new ArrayList<>();
        byNumber.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> problems.add(
                        "migrations " + e.getValue() + " share number " + String.format(Locale.ROOT, "%04d", e.getKey())
                                + " (two branches each generated one): renumber the newer one after the other, "
                                + "then run mvn d1:check"));
        return problems;
    }

    private static String derivedName(MigrationPlan plan) {
        List<String> changes = plan.changes();
        String name = String.join("_", changes.subList(0, Math.min(2, changes.size())));
        if (changes.size() > 2) {
            name += "_and_more";
        }
        return slug(name);
    }

    /** A file-name-safe snake_case message of at most 60 characters. */
    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "migration" : slug;
    }
}
