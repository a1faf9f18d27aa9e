package cn.batterycarbon.supplier.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The supply chain is for manufacturers and suppliers: every other role is refused at the filter
 * before a body or upload is read. Which side may do what is decided per endpoint
 * ({@code @PreAuthorize}) and per record (only the two organizations of a request; 404 otherwise).
 */
@Configuration(proxyBeanMethods = false)
class SupplierAccess {

    @Bean
    RoleRestrictedPaths supplyChainPaths() {
        return RoleRestrictedPaths.of(
                Set.of(Role.MANUFACTURER, Role.SUPPLIER), "/supply-chain/**", "/api/v1/supply-chain/**");
    }

    @Bean
    NavigationItem supplyChainRequestsNavigation() {
        return new NavigationItem(
                "nav.supplyChain.requests",
                "nav.supplyChain.requests.description",
                "/supply-chain/requests",
                240,
                Set.of(Role.MANUFACTURER, Role.SUPPLIER));
    }

    @Bean
    NavigationItem supplyChainRecordsNavigation() {
        return new NavigationItem(
                "nav.supplyChain.records",
                "nav.supplyChain.records.description",
                "/supply-chain/records",
                250,
                Set.of(Role.SUPPLIER));
    }
}
