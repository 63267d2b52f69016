package org.ltc.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture, enforced on the compiled classes with ArchUnit (as JUnit 5 does in its
 * {@code ArchUnitTests}): no cycles between packages, the module layers of ARCHITECTURE.md, {@code internal}
 * packages used only inside their module, and no printing or generic exceptions in library code. The source
 * scans of {@link ArchitectureTest} cover what bytecode cannot show (package-info files, swallowed errors).
 */
class ArchitectureRulesTest {
    /** Main classes of the four modules: no test classes, no test jars, no third-party code. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption((Location l) -> !l.contains("-tests.jar") && !l.contains("/test-classes/"))
            .importPackages("org.ltc");

    private static final List<String> LIBRARIES = List.of("org.ltc.model..", "org.ltc.theming..",
            "org.ltc.calibration..");

    @Test
    void theRulesSeeTheLibraryAndNoTestCode() {
        // A rule over no classes passes whatever it says: make sure the import found the code.
        assertTrue(CLASSES.contain(org.ltc.model.conversation.Question.class)
                && CLASSES.contain(org.ltc.theming.Themer.class) && CLASSES.contain(org.ltc.calibration.Calibrator.class)
                && CLASSES.contain(org.ltc.examples.cli.LtcCommand.class), "main classes missing");
        assertFalse(CLASSES.contain(ArchitectureRulesTest.class), "test classes imported");
        assertTrue(CLASSES.size() > 300, "only " + CLASSES.size() + " classes");
    }

    @Test
    void noCyclesBetweenPackages() {
        // Before: org.ltc.model.conversation (Question -> ThemeCategory) and org.ltc.model.knowledge
        // (PublicKnowledge -> Community) depended on each other; Community now has its own package.
        slices().matching("org.ltc.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.ltc..")
                .layer("model").definedBy("org.ltc.model..")
                .layer("theming").definedBy("org.ltc.theming..")
                .layer("calibration").definedBy("org.ltc.calibration..")
                .layer("examples").definedBy("org.ltc.examples..")
                .whereLayer("examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("theming").mayOnlyBeAccessedByLayers("examples")
                .whereLayer("calibration").mayOnlyBeAccessedByLayers("examples")
                .whereLayer("model").mayOnlyBeAccessedByLayers("theming", "calibration", "examples")
                .check(CLASSES);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        for (String module : List.of("org.ltc.model", "org.ltc.theming", "org.ltc.calibration")) {
            noClasses().that().resideOutsideOfPackage(module + "..")
                    .should().dependOnClassesThat().resideInAPackage(module + ".internal..")
                    .allowEmptyShould(true)
                    .because("an internal package is no API: only its own module may use it")
                    .check(CLASSES);
        }
    }

    @Test
    void libraryCodeNeitherPrintsNorThrowsGenericExceptions() {
        String[] libraries = LIBRARIES.toArray(new String[0]);
        noClasses().that().resideInAnyPackage(libraries)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("library code logs through SLF4J; the host decides what reaches a console")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(libraries)
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .because("errors are LtcException (bad input, bad options) with a message that names the thing")
                .check(CLASSES);
    }
}
