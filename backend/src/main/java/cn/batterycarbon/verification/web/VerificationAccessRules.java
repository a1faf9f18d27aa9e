package cn.batterycarbon.verification.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Verification pages are for the parties of a verification: manufacturers, verifiers, agency leads
 * and regulators; everyone else is refused at the filter. Regulators read but never post (the
 * controllers' {@code @PreAuthorize} refuses them).
 */
@Configuration(proxyBeanMethods = false)
class VerificationAccessRules {

    static final Set<Role> PARTIES = Set.of(Role.MANUFACTURER, Role.VERIFIER, Role.VERIFICATION_LEAD, Role.REGULATOR);

    @Bean
    RoleRestrictedPaths verificationPaths() {
        return RoleRestrictedPaths.of(PARTIES, "/verification/**", "/api/v1/verification/**");
    }

    @Bean
    NavigationItem verificationNavigation() {
        return new NavigationItem("nav.verification", "nav.verification.description", "/verification", 240, PARTIES);
    }

    @Bean
    NavigationItem qualityMeasuresNavigation() {
        return new NavigationItem(
                "nav.qualityMeasures",
                "nav.qualityMeasures.description",
                "/verification/quality-measures",
                245,
                Set.of(Role.MANUFACTURER));
    }
}
