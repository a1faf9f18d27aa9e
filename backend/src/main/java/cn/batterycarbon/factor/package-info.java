/**
 * The background emission-factor database: versioned releases maintained by research institutes,
 * reviewed by experts, published immutably; regional grid factors and green electricity.
 *
 * <p>Public API for calculations: {@link cn.batterycarbon.factor.FactorCatalog} (a published
 * release as an in-memory {@link cn.batterycarbon.factor.FactorTable}) and the geography types
 * {@link cn.batterycarbon.factor.Province} and {@link cn.batterycarbon.factor.GridRegion}.
 */
@ApplicationModule(displayName = "Emission factors", allowedDependencies = "platform")
package cn.batterycarbon.factor;

import org.springframework.modulith.ApplicationModule;
