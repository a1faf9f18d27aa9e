/**
 * What a battery manufacturer makes and where: production plants (their province decides the grid
 * region of their electricity) and battery models with the data the functional unit needs.
 *
 * <p>Public API for other modules: {@link cn.batterycarbon.product.ProductCatalog} with the views
 * {@link cn.batterycarbon.product.PlantView} and {@link cn.batterycarbon.product.BatteryModelView}.
 */
@ApplicationModule(
        displayName = "Plants and battery models",
        allowedDependencies = {"platform", "factor", "footprint :: core"})
package cn.batterycarbon.product;

import org.springframework.modulith.ApplicationModule;
