package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResponsibilityNavigation {

    /** Who may import tables and run allocations: regulators and research institutes. */
    static final String ALLOWED = "hasAnyRole('REGULATOR', 'FACTOR_STEWARD', 'FACTOR_REVIEWER')";

    @Bean
    RoleRestrictedPaths responsibilityPaths() {
        return RoleRestrictedPaths.of(
                Set.of(Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER),
                "/responsibility/**",
                "/api/v1/io-tables/**",
                "/api/v1/responsibility/**");
    }

    @Bean
    NavigationItem responsibilityMenuItem() {
        return new NavigationItem(
                "nav.responsibility",
                "nav.responsibility.description",
                "/responsibility",
                600,
                Set.of(Role.REGULATOR, Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER));
    }
}
