package cn.batterycarbon.declaration.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeclarationNavigation {

    @Bean
    NavigationItem declarationsNavigation() {
        return new NavigationItem(
                "nav.declarations", "nav.declarations.description", "/declarations", 220, Set.of(Role.MANUFACTURER));
    }
}
