/**
 * The product carbon footprint of a traction battery per kWh of energy delivered over its service
 * life: the calculation core ({@code core}, plain Java), the stateless calculation API and the
 * adapter that feeds the core with factors of a published release.
 *
 * <p>Public API for other modules: {@link cn.batterycarbon.footprint.FootprintCalculations}.
 */
@ApplicationModule(
        displayName = "Footprint calculation",
        allowedDependencies = {"platform", "factor"})
package cn.batterycarbon.footprint;

import org.springframework.modulith.ApplicationModule;
