package com.storedesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of the house from docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "com.storedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("com.storedesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..")
            .because("services, data and connectors must run without a screen (CLI, tests, servers)");

    @ArchTest
    static final ArchRule coreDependsOnNothingOfTheProject = noClasses()
            .that().resideInAPackage("com.storedesk.core..")
            .should().dependOnClassesThat(resideInAPackage("com.storedesk..")
                    .and(resideOutsideOfPackage("com.storedesk.core..")))
            .orShould().dependOnClassesThat().resideOutsideOfPackages("java..", "com.storedesk.core..")
            .because("the canonical model is the vocabulary everything else shares");

    @ArchTest
    static final ArchRule dataDependsOnlyOnCore = noClasses()
            .that().resideInAPackage("com.storedesk.data..")
            .should().dependOnClassesThat().resideInAnyPackage("com.storedesk.app..", "com.storedesk.ui..",
                    "com.storedesk.cli..", "com.storedesk.config..", "com.storedesk.security..",
                    "com.storedesk.i18n..");

    @ArchTest
    static final ArchRule insightComputesFromTheDataLayer = noClasses()
            .that().resideInAPackage("com.storedesk.insight..")
            .should().dependOnClassesThat().resideInAnyPackage("com.storedesk.app..", "com.storedesk.ui..",
                    "com.storedesk.cli..", "com.storedesk.pos..", "com.storedesk.ingest..")
            .because("screens, commands and alerts share insight; it reads what data gives it");

    @ArchTest
    static final ArchRule actionsDecideOnFactsNotScreens = noClasses()
            .that().resideInAPackage("com.storedesk.actions..")
            .should().dependOnClassesThat().resideInAnyPackage("com.storedesk.app..", "com.storedesk.ui..",
                    "com.storedesk.cli..", "com.storedesk.pos..", "com.storedesk.ingest..")
            .because("the inbox, the CLI and the outbox share actions; proposers read what data gives them");

    @ArchTest
    static final ArchRule theAssistantServesEveryScreenAndCommand = noClasses()
            .that().resideInAPackage("com.storedesk.assist..")
            .should().dependOnClassesThat().resideInAnyPackage("com.storedesk.app..", "com.storedesk.ui..",
                    "com.storedesk.cli..", "com.storedesk.pos..", "com.storedesk.ingest..")
            .because("the copilot, briefings and the CLI share one gateway; features hand it their facts");

    @ArchTest
    static final ArchRule forecastMathNeverReadsTheDatabase = noClasses()
            .that().resideInAPackage("com.storedesk.insight.forecast..")
            .and().doNotHaveSimpleName("HistoryForecaster")
            .and().doNotHaveSimpleName("MetricHistory")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.storedesk.data.facts.StoreHourHistory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.storedesk.data.Database")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hibernate..")
            .because("the model is pure computation on values, tested on hand-made series");

    @ArchTest
    static final ArchRule exportsWriteWhatTheyAreGiven = noClasses()
            .that().resideInAPackage("com.storedesk.export..")
            .should().dependOnClassesThat().resideInAnyPackage("com.storedesk.ui..", "com.storedesk.cli..",
                    "com.storedesk.ingest..", "com.storedesk.pos..", "java.sql..", "org.hibernate..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.storedesk.data.Database")
            .because("the screen and the CLI hand an exporter the view they show; an export never reads the database");

    @ArchTest
    static final ArchRule pdfDrawingKnowsNoReport = noClasses()
            .that().resideInAPackage("com.storedesk.export.pdf..")
            .should().dependOnClassesThat(resideInAPackage("com.storedesk..")
                    .and(resideOutsideOfPackage("com.storedesk.export.pdf..")))
            .because("pages, text and charts are drawn the same for any report");

    @ArchTest
    static final ArchRule arrowsPointInward = noClasses()
            .that().resideOutsideOfPackages("com.storedesk.ui..")
            .and().doNotHaveFullyQualifiedName("com.storedesk.StoreDesk")
            .should().dependOnClassesThat().resideInAPackage("com.storedesk.ui..")
            .because("nothing below the UI knows there is one");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheCli = noClasses()
            .that().resideOutsideOfPackages("com.storedesk.cli..")
            .and().doNotHaveFullyQualifiedName("com.storedesk.StoreDesk")
            .should().dependOnClassesThat().resideInAPackage("com.storedesk.cli..");

    @ArchTest
    static final ArchRule noPrinting = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("logs go through SLF4J; CLI output goes through picocli's writers");

    @ArchTest
    static final ArchRule oneLoggingApi = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
