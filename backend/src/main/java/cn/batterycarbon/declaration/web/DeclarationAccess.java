package cn.batterycarbon.declaration.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declarations are for manufacturers: every other role is refused at the security filter, before
 * an upload, body or form is read (the controllers' {@code @PreAuthorize} is the second line).
 */
@Configuration(proxyBeanMethods = false)
class DeclarationAccess {

    @Bean
    RoleRestrictedPaths declarationPaths() {
        return RoleRestrictedPaths.of(Set.of(Role.MANUFACTURER), "/declarations/**", "/api/v1/declarations/**");
    }
}
