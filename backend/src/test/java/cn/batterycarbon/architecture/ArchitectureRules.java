package cn.batterycarbon.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * The layering and encapsulation rules beside Spring Modulith's module check, for the modules
 * directly below {@code rootPackage} (modeled on sivaprasadreddy/spring-modular-monolith's
 * {@code ArchitectureTests}):
 *
 * <ul>
 *   <li>domain code does not depend on web code;
 *   <li>a module's JPA entities and repositories are used by that module only;
 *   <li>a module's controllers and {@code *Api} classes are used by no other module.
 * </ul>
 *
 * The rules are a function of the root package so that a test can show that they catch a
 * deliberately wrong fixture.
 */
final class ArchitectureRules {

    private ArchitectureRules() {}

    static ArchRule domainDoesNotDependOnWeb() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .because("domain code knows nothing of HTTP, pages or forms");
    }

    static ArchRule entitiesAndRepositoriesStayInTheirModule(String rootPackage, List<String> modules) {
        return CompositeArchRule.of(modules.stream()
                        .map(module -> noClasses()
                                .that()
                                .resideOutsideOfPackage(rootPackage + "." + module + "..")
                                .should()
                                .dependOnClassesThat(persistence().and(inModule(rootPackage, module)))
                                .because("other modules use " + module + "'s API, never its entities or repositories"))
                        .map(ArchRule.class::cast)
                        .toList())
                .as("JPA entities and repositories are used inside their own module only");
    }

    static ArchRule controllersAndApisStayInTheirModule(String rootPackage, List<String> modules) {
        return CompositeArchRule.of(modules.stream()
                        .map(module -> noClasses()
                                .that()
                                .resideOutsideOfPackage(rootPackage + "." + module + "..")
                                .should()
                                .dependOnClassesThat(endpoint().and(inModule(rootPackage, module)))
                                .because("a module's controllers and *Api classes are its web edge, not its API"))
                        .map(ArchRule.class::cast)
                        .toList())
                .as("no *Controller or *Api class is used by another module");
    }

    static List<ArchRule> all(String rootPackage, List<String> modules) {
        return List.of(
                domainDoesNotDependOnWeb(),
                entitiesAndRepositoriesStayInTheirModule(rootPackage, modules),
                controllersAndApisStayInTheirModule(rootPackage, modules));
    }

    static void check(JavaClasses classes, String rootPackage, List<String> modules) {
        all(rootPackage, modules).forEach(rule -> rule.check(classes));
    }

    private static DescribedPredicate<JavaClass> persistence() {
        return describe(
                "JPA entities or Spring Data repositories",
                c -> c.isAnnotatedWith(Entity.class)
                        || c.isAnnotatedWith(Embeddable.class)
                        || (c.isInterface() && c.isAssignableTo(Repository.class)));
    }

    private static DescribedPredicate<JavaClass> endpoint() {
        return describe(
                "controllers or *Api classes",
                c -> !c.isAnnotation()
                        && (c.getSimpleName().endsWith("Controller")
                                || c.getSimpleName().endsWith("Api")));
    }

    private static DescribedPredicate<JavaClass> inModule(String rootPackage, String module) {
        String prefix = rootPackage + "." + module;
        return describe(
                "in module " + module,
                c -> c.getPackageName().equals(prefix) || c.getPackageName().startsWith(prefix + "."));
    }
}
