/**
 * Carbon-footprint declarations of battery models: a model, a plant and a reporting period with
 * activity data for the four life-cycle stages (entered by form, API or an Excel/CSV upload), the
 * stored calculation result, comparisons, what-if and the effect of newer factor releases.
 *
 * <p>Public API for other modules: {@link cn.batterycarbon.declaration.DeclarationService} and
 * the views it returns.
 */
@ApplicationModule(
        displayName = "Declarations",
        allowedDependencies = {"platform", "organization", "factor", "product", "footprint", "footprint :: core"})
package cn.batterycarbon.declaration;

import org.springframework.modulith.ApplicationModule;
