package cn.batterycarbon.architecture;

import cn.batterycarbon.BatteryCarbonApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: modules use each other only through their base packages (or
 * events), and there are no cycles. Also writes the module documentation (PlantUML and a module
 * canvas per module) to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BatteryCarbonApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
