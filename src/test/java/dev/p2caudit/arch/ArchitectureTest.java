package dev.p2caudit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: ui/cli → report/checks/ingest → store → model. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.p2caudit");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.p2caudit.model..")
                .layer("store").definedBy("dev.p2caudit.store..")
                .layer("ingest").definedBy("dev.p2caudit.ingest..")
                .layer("checks").definedBy("dev.p2caudit.checks..")
                .layer("generate").definedBy("dev.p2caudit.generate..")
                .layer("report").definedBy("dev.p2caudit.report..")
                .layer("cli").definedBy("dev.p2caudit.cli..")
                .layer("ui").definedBy("dev.p2caudit.ui..")
                .layer("app").definedBy("dev.p2caudit.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("checks").mayOnlyBeAccessedByLayers("report", "cli", "ui", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("generate", "report", "cli", "ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "checks", "report", "cli", "ui", "app")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void swingOnlyInTheUi() {
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..",
                        "org.jfree.chart.ui..", "org.jfree.chart.swing..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ChartPanel")
                .check(classes);
    }

    @Test
    void jdbcOfBothEnginesOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void univocityStaysBehindIngest() {
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("com.univocity..")
                .check(classes);
    }

    @Test
    void theModelDoesNoIo() {
        noClasses().that().resideInAPackage("dev.p2caudit.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "java.sql..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void everyPackageSaysItsJobInAPackageInfo() throws IOException {
        Path root = Path.of("src/main/java/dev/p2caudit");
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> packages = dirs.filter(Files::isDirectory).toList();
            assertThat(packages).isNotEmpty();
            assertThat(packages).allSatisfy(p -> assertThat(p.resolve("package-info.java")).exists());
        }
    }
}
