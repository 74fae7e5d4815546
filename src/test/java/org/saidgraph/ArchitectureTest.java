package org.saidgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of the code, kept by rules rather than by memory: the flow is text → extract → dataset → load → graph →
 * query → api/explorer/export, and the core of each capability is free of Spring, Neo4j and HTTP, with the adapters
 * at the edges. Add a rule here when a new boundary is drawn.
 */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.neo4j..", "jakarta.servlet..",
            "javax.servlet.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The compiled main classes only: scanning the class path for the package would open every jar on it,
        // CoreNLP's half-gigabyte of models included.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void extractionIsAPureTextToDatasetCore() {
        rule(noClasses().that().resideInAPackage("org.saidgraph.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("extraction turns text into a dataset; its adapters live in api and ingest"));
        rule(noClasses().that().resideInAPackage("org.saidgraph.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.saidgraph.load..", "org.saidgraph.graph..",
                        "org.saidgraph.query..", "org.saidgraph.api..", "org.saidgraph.ingest..",
                        "org.saidgraph.cli..", "org.saidgraph.evaluate..")
                .because("extraction knows only the dataset format it produces"));
    }

    @Test
    void theDatasetFormatDependsOnNothingOfTheApplication() {
        rule(noClasses().that().resideInAPackage("org.saidgraph.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS));
        rule(noClasses().that().resideInAPackage("org.saidgraph.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.saidgraph.extract..", "org.saidgraph.load..",
                        "org.saidgraph.graph..", "org.saidgraph.query..", "org.saidgraph.api..",
                        "org.saidgraph.ingest..", "org.saidgraph.cli..", "org.saidgraph.evaluate.."));
    }

    @Test
    void evaluationRunsWithoutSpringOrADatabase() {
        rule(noClasses().that().resideInAPackage("org.saidgraph.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("evaluate runs from the command line on text files, with no server"));
    }

    @Test
    void queriesDoNotKnowTheirHttpFront() {
        rule(noClasses().that().resideInAPackage("org.saidgraph.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.saidgraph.api..", "jakarta.servlet..")
                .because("the api depends on query, not the other way"));
    }

    private static void rule(ArchRule rule) {
        rule.check(classes);
    }
}
