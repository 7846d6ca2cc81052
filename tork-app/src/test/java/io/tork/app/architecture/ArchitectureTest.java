package io.tork.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

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
        assertThat(product.containPackage("io.tork.adapters.out.plugin")).isTrue();
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

    /** The shipped plugins are not on the class path (they load from their jars): their built jars are checked. */
    @Test
    void shippedPluginsSeeOnlyThePluginApi() throws IOException {
        String folder = System.getProperty("tork.pluginJars");
        assertThat(folder).as("system property tork.pluginJars (set by the Maven build)").isNotNull();
        List<JarFile> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                jars.add(new JarFile(file.toFile()));
            }
        }
        JavaClasses plugins;
        try {
            plugins = new ClassFileImporter().importJars(jars);
        } finally {
            for (JarFile jar : jars) jar.close();
        }

        assertThat(plugins.containPackage("io.tork.plugins.podman")).isTrue();
        assertThat(plugins.containPackage("io.tork.plugins.functions")).isTrue();
        RULES.pluginsSeeOnlyThePluginApi().check(plugins);
        RULES.noCyclesBetweenPackages().check(plugins);
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
