package dev.p2caudit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: ui/cli → report/checks/ingest → store → model; no package cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    /**
     * Every module's classes, from the test classpath: this module's own, core's and the
     * generator's jars (or classes folders). Test classes are left out, core's test jar too.
     */
    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.p2caudit");
    }

    /** A module missing from the classpath would let its classes break every rule below unseen. */
    @Test
    void theClassesOfEveryModuleAndNoTestsAreChecked() {
        assertThat(List.of("dev.p2caudit.model.Finding", "dev.p2caudit.checks.Catalogue",
                "dev.p2caudit.generate.DatasetGenerator", "dev.p2caudit.cli.P2cAuditCommand", "dev.p2caudit.app.Main"))
                .allMatch(classes::contain);
        assertThat(List.of("dev.p2caudit.ingest.ChildJvm", "dev.p2caudit.arch.ArchitectureTest"))
                .noneMatch(classes::contain);
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
                .whereLayer("checks").mayOnlyBeAccessedByLayers("generate", "report", "cli", "ui", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("generate", "report", "cli", "ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "checks", "report", "cli", "ui", "app")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Counting every sub-package as a slice of its own: a screen never depends on the window that holds it. */
    @Test
    void noPackageCycles() {
        slices().matching("dev.p2caudit.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * AWT belongs to the desktop app. The report draws its SVG charts with JFreeChart through
     * Batik's Graphics2D, which speaks AWT: those two classes may use the colours, fonts and the
     * drawing area they need, and nothing else of AWT.
     */
    @Test
    void awtOnlyInTheUiAndTheReportsChartDrawing() {
        DescribedPredicate<HasName> chartDrawing = HasName.Predicates.nameMatching(
                "dev\\.p2caudit\\.report\\.(ChartStyle|SvgChart)(\\$.*)?");
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.ui..").and(DescribedPredicate.not(chartDrawing))
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..")
                .check(classes);
        noClasses().that(chartDrawing)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.awt..").and(
                        DescribedPredicate.not(HasName.Predicates.nameMatching("java\\.awt\\.(Color|Font|Paint|Rectangle)"))))
                .check(classes);
    }

    /** Only the command line writes to the terminal, through the streams the entry point hands it. */
    @Test
    void standardStreamsOnlyInTheCommandLineAndTheEntryPoint() {
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.cli..")
                .and().doNotHaveFullyQualifiedName("dev.p2caudit.app.Main")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    /**
     * The generator takes its rules (ids, tables, columns) from the catalogue, the one source of
     * every rule, but never the engine: which records a check flags is its own reading (ADR 0003).
     */
    @Test
    void theGeneratorReadsOnlyTheCatalogueOfTheChecks() {
        noClasses().that().resideInAPackage("dev.p2caudit.generate..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.p2caudit.checks..")
                        .and(DescribedPredicate.not(HasName.Predicates.nameMatching(
                                "dev\\.p2caudit\\.checks\\.(Catalogue|RuleDef)"))))
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
    void theCsvLibraryStaysBehindIngest() {
        noClasses().that().resideOutsideOfPackages("dev.p2caudit.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("de.siegmar.fastcsv..")
                .check(classes);
    }

    /** univocity-parsers is unmaintained since 2021 (ADR 0009): only tests may use it, as an independent oracle. */
    @Test
    void univocityIsNotShipped() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.univocity..").check(classes);
    }

    @Test
    void theModelDoesNoIo() {
        noClasses().that().resideInAPackage("dev.p2caudit.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "java.sql..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    /** In every module: the tests run in the repository's root, whose folders are the modules. */
    @Test
    void everyPackageSaysItsJobInAPackageInfo() throws IOException {
        List<Path> packages = new java.util.ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(""))) {
            for (Path sources : modules.map(m -> m.resolve("src/main/java/dev/p2caudit")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> dirs = Files.list(sources)) {
                    dirs.filter(Files::isDirectory).forEach(packages::add);
                }
            }
        }
        assertThat(packages.stream().map(p -> p.getFileName().toString()))
                .contains("model", "ingest", "store", "checks", "report", "generate", "cli", "ui", "app");
        assertThat(packages).allSatisfy(p -> assertThat(p.resolve("package-info.java")).exists());
    }
}
