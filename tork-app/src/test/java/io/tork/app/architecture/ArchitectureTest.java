package io.tork.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The guard rails of DESIGN §3, checked over every production class of the product. */
class ArchitectureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("io.tork");
    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new ExcludeTestJars())
                .importPackages("io.tork");
    }

    @Test
    void importsEveryLayer() {
        assertThat(product.containPackage("io.tork.domain")).isTrue();
        assertThat(product.containPackage("io.tork.application")).isTrue();
        assertThat(product.containPackage("io.tork.adapters.in.web")).isTrue();
        assertThat(product.containPackage("io.tork.adapters.out.runtime.docker")).isTrue();
        assertThat(product.containPackage("io.tork.plugin.api")).isTrue();
        assertThat(product.containPackage("io.tork.app")).isTrue();
        assertThat(product.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("io.tork.archfixture"));
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        RULES.domainDependsOnlyOnTheJdk().check(product);
    }

    @Test
    void applicationDependsOnlyOnDomainJdkAndSlf4j() {
        RULES.applicationDependsOnlyOnDomainJdkAndSlf4j().check(product);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        RULES.adaptersDoNotDependOnEachOther().check(product);
    }

    @Test
    void technologiesStayInTheirAdapter() {
        RULES.technologiesStayInTheirAdapter().forEach(rule -> rule.check(product));
    }

    @Test
    void pluginApiDependsOnlyOnTheJdkAndPf4j() {
        RULES.pluginApiDependsOnlyOnTheJdkAndPf4j().check(product);
    }

    @Test
    void noCyclesBetweenPackages() {
        RULES.noCyclesBetweenPackages().check(product);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        RULES.nothingDependsOnTheCompositionRoot().check(product);
    }
}
