package cn.batterycarbon.factor.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FactorNavigation {

    @Bean
    NavigationItem factorBrowseNavigation() {
        return new NavigationItem("nav.factors", "nav.factors.description", "/factors", 60, Set.of());
    }

    @Bean
    NavigationItem factorReleaseNavigation() {
        return new NavigationItem(
                "nav.factorReleases",
                "nav.factorReleases.description",
                "/factor-releases",
                61,
                Set.of(Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER));
    }
}
