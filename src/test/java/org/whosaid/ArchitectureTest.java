package org.whosaid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer arrows of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.whosaid");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("launcher").definedBy("org.whosaid")
                .layer("app").definedBy("org.whosaid.app..")
                .layer("cli").definedBy("org.whosaid.cli..")
                .layer("service").definedBy("org.whosaid.service..")
                .layer("ingest").definedBy("org.whosaid.ingest..")
                .layer("analysis").definedBy("org.whosaid.analysis..")
                .layer("store").definedBy("org.whosaid.store..")
                .layer("export").definedBy("org.whosaid.export..")
                .layer("model").definedBy("org.whosaid.model..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "cli", "launcher")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("service")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service")
                .whereLayer("export").mayOnlyBeAccessedByLayers("service")
                .check(classes);
    }

    @Test
    void onlyTheAppAndLauncherUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.whosaid.model..", "org.whosaid.analysis..",
                        "org.whosaid.ingest..", "org.whosaid.store..", "org.whosaid.export..",
                        "org.whosaid.service..", "org.whosaid.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.whosaid.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseInWhoSaid() {
        noClasses().that().resideInAPackage("org.whosaid.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.whosaid.analysis..", "org.whosaid.ingest..",
                        "org.whosaid.store..", "org.whosaid.export..", "org.whosaid.service..",
                        "org.whosaid.cli..", "org.whosaid.app..", "com.fasterxml..", "org.jsoup..")
                .check(classes);
    }

    @Test
    void theAppsPackagesHaveNoCycles() {
        slices().matching("org.whosaid.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theAppRootDependsOnItsScreensNeverTheOtherWayRound() {
        noClasses().that().resideInAPackage("org.whosaid.app.*..")
                .should().dependOnClassesThat().resideInAPackage("org.whosaid.app")
                .check(classes);
    }

    @Test
    void viewsTalkToViewModelsNeverToServices() {
        noClasses().that().resideInAPackage("org.whosaid.app..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("org.whosaid.service..")
                .check(classes);
    }
}
