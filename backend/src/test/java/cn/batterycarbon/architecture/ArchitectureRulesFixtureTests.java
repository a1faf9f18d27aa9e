package cn.batterycarbon.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module checks are not vacuous: on the deliberately wrong fixture in {@code archfixture}
 * (test sources), Spring Modulith reports the undeclared dependency and the access to another
 * module's internals, and each {@link ArchitectureRules} rule names the offending class.
 */
class ArchitectureRulesFixtureTests {

    private static final String ROOT = "archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
    private static final List<String> MODULES = List.of("shop", "billing");

    /** The fixture lives in the test sources, which Modulith leaves out unless told otherwise. */
    @Test
    void modulithReportsTheWrongDependency() {
        assertThatThrownBy(() -> ApplicationModules.of(ROOT, location -> true).verify())
                .hasMessageContaining("archfixture.billing.Invoicing")
                .hasMessageContaining("archfixture.shop.domain.Orders");
    }

    @Test
    void domainDependingOnWebIsReported() {
        assertThatThrownBy(() -> ArchitectureRules.domainDoesNotDependOnWeb().check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.shop.domain.Order")
                .hasMessageContaining("OrderController");
    }

    @Test
    void aRepositoryUsedByAnotherModuleIsReported() {
        assertThatThrownBy(() -> ArchitectureRules.entitiesAndRepositoriesStayInTheirModule(ROOT, MODULES)
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.billing.Invoicing")
                .hasMessageContaining("archfixture.shop.domain.Orders");
    }

    @Test
    void aControllerUsedByAnotherModuleIsReported() {
        assertThatThrownBy(() -> ArchitectureRules.controllersAndApisStayInTheirModule(ROOT, MODULES)
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixture.billing.Invoicing")
                .hasMessageContaining("archfixture.shop.web.OrderController");
    }
}
