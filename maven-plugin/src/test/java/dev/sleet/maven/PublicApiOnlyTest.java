package dev.sleet.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin, the planner, the schema model and the processor use only sleet-dsl's public API: nothing of theirs
 * depends on a class in one of dsl's {@code internal} packages, which module-info.java does not export.
 */
class PublicApiOnlyTest {

    @Test
    void buildToolsUseOnlyDslsPublicApi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sleet.maven", "dev.sleet.migrate", "dev.sleet.schemamodel", "dev.sleet.codegen");
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.sleet.maven..", "dev.sleet.migrate..", "dev.sleet.schemamodel..", "dev.sleet.codegen..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sleet..internal..")
                .check(classes);
    }
}
