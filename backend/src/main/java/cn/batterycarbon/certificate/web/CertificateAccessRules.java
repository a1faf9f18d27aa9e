package cn.batterycarbon.certificate.web;

import cn.batterycarbon.platform.security.PublicPaths;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public verification page is open to anyone; certificates themselves are for the company,
 * the agency and regulators.
 */
@Configuration(proxyBeanMethods = false)
class CertificateAccessRules {

    static final Set<Role> PARTIES = Set.of(Role.MANUFACTURER, Role.VERIFIER, Role.VERIFICATION_LEAD, Role.REGULATOR);

    @Bean
    PublicPaths publicVerificationPaths() {
        return PublicPaths.of("/verify", "/verify/**");
    }

    @Bean
    RoleRestrictedPaths certificatePaths() {
        return RoleRestrictedPaths.of(PARTIES, "/certificates/**", "/certificates");
    }

    @Bean
    NavigationItem certificatesNavigation() {
        return new NavigationItem("nav.certificates", "nav.certificates.description", "/certificates", 250, PARTIES);
    }
}
