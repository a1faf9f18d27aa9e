package cn.batterycarbon.platform.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry every signed-in user has. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "nav.home.description", "/", 0, Set.of());
    }
}
