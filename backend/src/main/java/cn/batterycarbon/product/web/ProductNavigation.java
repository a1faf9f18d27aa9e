package cn.batterycarbon.product.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductNavigation {

    @Bean
    NavigationItem plantsNavigation() {
        return new NavigationItem("nav.plants", "nav.plants.description", "/plants", 200, Set.of(Role.MANUFACTURER));
    }

    @Bean
    NavigationItem batteryModelsNavigation() {
        return new NavigationItem(
                "nav.batteryModels",
                "nav.batteryModels.description",
                "/battery-models",
                210,
                Set.of(Role.MANUFACTURER));
    }
}
