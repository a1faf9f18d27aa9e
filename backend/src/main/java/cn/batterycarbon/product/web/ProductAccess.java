package cn.batterycarbon.product.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plants and battery models are for manufacturers: every other role is refused at the security
 * filter, before a request body or form is read (the controllers' {@code @PreAuthorize} is the
 * second line).
 */
@Configuration(proxyBeanMethods = false)
class ProductAccess {

    @Bean
    RoleRestrictedPaths productPaths() {
        return RoleRestrictedPaths.of(
                Set.of(Role.MANUFACTURER),
                "/plants/**",
                "/battery-models/**",
                "/api/v1/plants/**",
                "/api/v1/battery-models/**");
    }
}
