package cn.batterycarbon.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's own classes follow {@link ArchitectureRules}: domain does not depend on web,
 * entities and repositories stay in their module, controllers and {@code *Api} classes are used by
 * no other module. The module list comes from Spring Modulith, so a new module is checked without
 * editing this test.
 */
class ArchitectureTests {

    private static final String ROOT = "cn.batterycarbon";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final List<String> MODULES =
            ApplicationModules.of(cn.batterycarbon.BatteryCarbonApplication.class).stream()
                    .map(ApplicationModule::getBasePackage)
                    .map(p -> p.getName().substring(ROOT.length() + 1))
                    .toList();

    @Test
    void domainDoesNotDependOnWeb() {
        ArchitectureRules.domainDoesNotDependOnWeb().check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInsideTheirModule() {
        ArchitectureRules.entitiesAndRepositoriesStayInTheirModule(ROOT, MODULES)
                .check(CLASSES);
    }

    @Test
    void controllersAndApisAreUsedByNoOtherModule() {
        ArchitectureRules.controllersAndApisStayInTheirModule(ROOT, MODULES).check(CLASSES);
    }
}
