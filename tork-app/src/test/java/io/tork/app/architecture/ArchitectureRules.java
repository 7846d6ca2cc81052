package io.tork.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture's rules, relative to a root package so that the same rules run over the product
 * ({@code io.tork}) and over a deliberately broken fixture ({@code io.tork.archfixture}) that proves they can fail.
 */
final class ArchitectureRules {
    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is pure Java");
    }

    ArchRule applicationDependsOnlyOnDomainJdkAndSlf4j() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..", "org.slf4j..")
                .because("use cases see ports, never adapters or frameworks");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().assignedFrom(new AdapterSlices(root))
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .because("adapters meet only through the application's ports");
    }

    ArchRule pluginApiDependsOnlyOnTheJdkAndPf4j() {
        return classes().that().resideInAPackage(root + ".plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".plugin.api..", "java..", "org.pf4j..")
                .allowEmptyShould(true)
                .because("plugins compile against a small, stable API that does not move with the engine");
    }

    /**
     * Shipped plugins ({@code <root>.plugins..}) see the plugin API and the libraries the engine provides to every
     * plugin (PF4J, slf4j, Jackson), never the engine's own classes.
     */
    ArchRule pluginsSeeOnlyThePluginApi() {
        return classes().that().resideInAPackage(root + ".plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".plugins..", root + ".plugin.api..",
                        "java..", "org.pf4j..", "org.slf4j..", "com.fasterxml.jackson..")
                .because("a plugin must keep working while the engine's insides change");
    }

    ArchRule noCyclesBetweenPackages() {
        // jOOQ's generated schema classes refer to each other across their own packages by design
        var generatedSchema = com.tngtech.archunit.core.domain.JavaClass.Predicates
                .resideInAPackage(root + ".adapters.out.datastore.postgres.schema..");
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(generatedSchema, generatedSchema)
                .because("packages form layers, not knots");
    }

    ArchRule nothingDependsOnTheCompositionRoot() {
        return noClasses().that().resideOutsideOfPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .allowEmptyShould(true)
                .because("the composition root sees everything and nothing sees it");
    }

    /** Each technology stays inside the adapter (or API) that owns it. */
    List<ArchRule> technologiesStayInTheirAdapter() {
        return List.of(
                confined("Javalin", "io.javalin..", root + ".adapters.in.web.."),
                confined("docker-java", "com.github.dockerjava..", root + ".adapters.out.runtime.docker.."),
                confined("JEXL", "org.apache.commons.jexl3..", root + ".adapters.out.expression.."),
                confined("jOOQ", "org.jooq..", root + ".adapters.out.datastore.postgres.."),
                confined("Artemis", "org.apache.activemq..", root + ".adapters.out.broker.artemis.."),
                confined("cron-utils", "com.cronutils..", root + ".adapters.out.cron.."),
                confined("PF4J", "org.pf4j..", root + ".plugin.api..", root + ".adapters.out.plugin.."),
                confined("Micrometer", "io.micrometer..", root + ".adapters.out.metrics.."),
                confined("the Prometheus client", "io.prometheus..", root + ".adapters.out.metrics.."),
                confined("bcrypt", "at.favre.lib..", root + ".adapters.out.password.."));
    }

    private ArchRule confined(String technology, String technologyPackage, String... owners) {
        return noClasses().that().resideOutsideOfPackages(owners)
                .should().dependOnClassesThat().resideInAPackage(technologyPackage)
                .allowEmptyShould(true)
                .because(technology + " is confined to " + String.join(" and ", owners));
    }
}
