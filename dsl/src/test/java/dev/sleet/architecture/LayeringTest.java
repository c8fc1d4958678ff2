package dev.sleet.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Sleet's runtime is layered one way, bottom to top: values and errors, SQL text, expressions, tables,
 * results, queries, engines, migrations, and the {@code Sleet} entry point. A dependency that points
 * down is free; one that points up, or sideways between the two engines, fails here with the classes
 * and lines that make it.
 */
class LayeringTest {

    private static final JavaClasses SLEET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sleet");

    /**
     * A package and its {@code internal} package are one slice: the API's default methods build on the internals,
     * which implement the API.
     */
    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.sleet.(*)..").should().beFreeOfCycles().check(SLEET);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Entry point")
                .definedBy("dev.sleet")
                .layer("Migrations")
                .definedBy("dev.sleet.migrations..")
                .layer("Embedded engine")
                .definedBy("dev.sleet.d1.sqlite..")
                .layer("Remote engine")
                .definedBy("dev.sleet.d1.http..")
                .layer("Database")
                .definedBy("dev.sleet.d1")
                .layer("Queries")
                .definedBy("dev.sleet.query..", "dev.sleet.tuple..")
                .layer("Results")
                .definedBy("dev.sleet.result..")
                .layer("Tables")
                .definedBy("dev.sleet.table..")
                .layer("Expressions")
                .definedBy("dev.sleet.expr..")
                .layer("SQL text")
                .definedBy("dev.sleet.sql..")
                .layer("Schema annotations")
                .definedBy("dev.sleet.schema..")
                .layer("Values")
                .definedBy("dev.sleet.types..")
                .layer("Errors")
                .definedBy("dev.sleet.errors..")
                .whereLayer("Entry point")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Migrations")
                .mayOnlyBeAccessedByLayers("Entry point")
                .whereLayer("Embedded engine")
                .mayOnlyBeAccessedByLayers("Entry point")
                .whereLayer("Remote engine")
                .mayOnlyBeAccessedByLayers("Entry point")
                .whereLayer("Database")
                .mayOnlyBeAccessedByLayers("Entry point", "Migrations", "Embedded engine", "Remote engine")
                .whereLayer("Queries")
                .mayOnlyBeAccessedByLayers("Entry point", "Migrations", "Database")
                .whereLayer("Tables")
                .mayOnlyBeAccessedByLayers("Entry point", "Queries")
                .whereLayer("Expressions")
                .mayOnlyBeAccessedByLayers("Entry point", "Queries", "Tables")
                .whereLayer("Results")
                .mayOnlyBeAccessedByLayers(
                        "Entry point", "Migrations", "Embedded engine", "Remote engine", "Database", "Queries")
                .whereLayer("SQL text")
                .mayOnlyBeAccessedByLayers(
                        "Entry point",
                        "Migrations",
                        "Embedded engine",
                        "Remote engine",
                        "Database",
                        "Queries",
                        "Tables",
                        "Expressions")
                .whereLayer("Schema annotations")
                .mayNotBeAccessedByAnyLayer()
                .check(SLEET);
    }
}
