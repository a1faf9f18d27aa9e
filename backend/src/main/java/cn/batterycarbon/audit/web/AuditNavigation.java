package cn.batterycarbon.audit.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    RoleRestrictedPaths auditRolePaths() {
        return RoleRestrictedPaths.of(
                Set.of(Role.ADMIN, Role.REGULATOR),
                "/audit/**",
                "/api/v1/audit/entries",
                "/api/v1/audit/export",
                "/api/v1/audit/verification");
    }

    @Bean
    NavigationItem auditMenu() {
        return new NavigationItem(
                "nav.audit", "nav.audit.description", "/audit", 800, Set.of(Role.ADMIN, Role.REGULATOR));
    }
}
