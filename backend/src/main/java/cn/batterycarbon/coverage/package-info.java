/**
 * Pilot coverage: the MIIT pilot asks each declarant to declare at least five typical pack models
 * covering every chemistry it sells. A declarant sees its own coverage per chemistry and what is
 * missing; a regulator sees every declarant's coverage with counts, filters and an export.
 *
 * <p>Certified models come from a {@link cn.batterycarbon.coverage.CertifiedModels} bean, which
 * the certificate module provides (models holding a valid certificate); without such a bean the
 * certified column says that no certificate data is available.
 */
@ApplicationModule(
        displayName = "Pilot coverage",
        allowedDependencies = {"platform", "organization", "product", "declaration"})
package cn.batterycarbon.coverage;

import org.springframework.modulith.ApplicationModule;
