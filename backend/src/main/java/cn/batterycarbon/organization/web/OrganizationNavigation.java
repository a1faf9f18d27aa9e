package cn.batterycarbon.organization.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    RoleRestrictedPaths administrationPaths() {
        return RoleRestrictedPaths.of(Set.of(Role.ADMIN), "/admin/**", "/api/v1/admin/**");
    }

    @Bean
    NavigationItem administrationNavigation() {
        return new NavigationItem(
                "nav.admin.organizations",
                "nav.admin.organizations.description",
                "/admin/organizations",
                10,
                Set.of(Role.ADMIN));
    }

    @Bean
    NavigationItem myOrganizationNavigation() {
        return new NavigationItem("nav.organization", "nav.organization.description", "/organization", 900, Set.of());
    }

    @Bean
    NavigationItem accountNavigation() {
        return new NavigationItem("nav.account", "nav.account.description", "/account", 910, Set.of());
    }
}
