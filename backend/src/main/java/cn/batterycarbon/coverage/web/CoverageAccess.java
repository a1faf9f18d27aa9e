package cn.batterycarbon.coverage.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries and URL rules of pilot coverage: declarants see their own, regulators everyone's. */
@Configuration(proxyBeanMethods = false)
class CoverageAccess {

    @Bean
    NavigationItem ownCoverageNavigation() {
        return new NavigationItem(
                "nav.coverage.mine", "nav.coverage.mine.description", "/coverage", 230, Set.of(Role.MANUFACTURER));
    }

    @Bean
    NavigationItem companiesCoverageNavigation() {
        return new NavigationItem(
                "nav.coverage.companies",
                "nav.coverage.companies.description",
                "/coverage/companies",
                230,
                Set.of(Role.REGULATOR));
    }

    @Bean
    RoleRestrictedPaths ownCoveragePaths() {
        return RoleRestrictedPaths.of(Set.of(Role.MANUFACTURER), "/coverage", "/api/v1/coverage");
    }

    @Bean
    RoleRestrictedPaths companiesCoveragePaths() {
        return RoleRestrictedPaths.of(
                Set.of(Role.REGULATOR), "/coverage/companies/**", "/api/v1/coverage/companies/**");
    }
}
