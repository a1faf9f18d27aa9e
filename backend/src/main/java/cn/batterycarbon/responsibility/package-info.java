/**
 * Supply-chain carbon responsibility allocation (methodology section 2): input-output tables
 * imported by regulators and research institutes, sector splits and industry aggregations, and
 * allocation runs that share an industry's emissions among downstream industries and final
 * demand. The calculation core ({@code core}) is plain Java with sparse data structures.
 */
@ApplicationModule(
        displayName = "Carbon responsibility allocation",
        allowedDependencies = {"platform", "organization"})
package cn.batterycarbon.responsibility;

import org.springframework.modulith.ApplicationModule;
