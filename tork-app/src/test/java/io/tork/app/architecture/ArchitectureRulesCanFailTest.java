package io.tork.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Runs the architecture rules over {@code io.tork.archfixture}, a miniature layout in which each rule is broken
 * on purpose, and checks each rule reports its violation (and nothing that is allowed), so that a green
 * {@link ArchitectureTest} means something.
 */
class ArchitectureRulesCanFailTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("io.tork.archfixture");
    private static JavaClasses fixture;

    @BeforeAll
    static void importTheFixture() {
        fixture = new ClassFileImporter().importPackages("io.tork.archfixture");
    }

    @Test
    void domainDependingOnSwingIsCaught() {
        assertThat(violations(RULES.domainDependsOnlyOnTheJdk()))
                .anyMatch(v -> v.contains("Widget") && v.contains("javax.swing.JButton"));
    }

    @Test
    void applicationReachingIntoAnAdapterIsCaught() {
        assertThat(violations(RULES.applicationDependsOnlyOnDomainJdkAndSlf4j()))
                .anyMatch(v -> v.contains("Service") && v.contains("DockerThing"));
    }

    @Test
    void adaptersDependingOnEachOtherAreCaughtAtEveryDepth() {
        List<String> violations = violations(RULES.adaptersDoNotDependOnEachOther());

        assertThat(violations).anyMatch(v -> v.contains("ShellThing") && v.contains("DockerThing"));
        assertThat(violations).anyMatch(v -> v.contains("WebThing") && v.contains("ExpressionThing"));
        assertThat(violations).noneMatch(v -> v.contains("JsonThing"));
    }

    @Test
    void aTechnologyOutsideItsAdapterIsCaught() {
        List<String> violations = RULES.technologiesStayInTheirAdapter().stream()
                .flatMap(rule -> violations(rule).stream())
                .toList();

        assertThat(violations).anyMatch(v -> v.contains("ShellThing") && v.contains("io.javalin.Javalin"));
        assertThat(violations).noneMatch(v -> v.contains("WebThing") && v.contains("io.javalin"));
        assertThat(violations).noneMatch(v -> v.contains("DockerThing") && v.contains("dockerjava"));
        assertThat(violations).noneMatch(v -> v.contains("ExpressionThing") && v.contains("jexl3"));
    }

    @Test
    void pluginApiExposingEngineTypesIsCaught() {
        assertThat(violations(RULES.pluginApiDependsOnlyOnTheJdkAndPf4j()))
                .anyMatch(v -> v.contains("LeakyExtension") && v.contains("Widget"));
    }

    @Test
    void pf4jOutsideThePluginEdgeIsCaught() {
        List<String> violations = RULES.technologiesStayInTheirAdapter().stream()
                .flatMap(rule -> violations(rule).stream())
                .toList();

        assertThat(violations).anyMatch(v -> v.contains("PluginLoading") && v.contains("org.pf4j"));
        assertThat(violations).noneMatch(v -> v.contains("PluginThing"));
    }

    @Test
    void aPluginReachingIntoTheEngineIsCaught() {
        List<String> violations = violations(RULES.pluginsSeeOnlyThePluginApi());

        assertThat(violations).anyMatch(v -> v.contains("LeakyPlugin") && v.contains("Widget"));
        assertThat(violations).noneMatch(v -> v.contains("LeakyPlugin") && v.contains("LeakyExtension"));
    }

    @Test
    void aPackageCycleIsCaught() {
        assertThat(violations(RULES.noCyclesBetweenPackages()))
                .anyMatch(v -> v.contains("Ping") && v.contains("Pong"));
    }

    @Test
    void dependingOnTheCompositionRootIsCaught() {
        assertThat(violations(RULES.nothingDependsOnTheCompositionRoot()))
                .anyMatch(v -> v.contains("WebThing") && v.contains("Launcher"));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixture);
        return result.getFailureReport().getDetails();
    }
}
