package cn.batterycarbon.factor.web;

import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.RoleRestrictedPaths;
import cn.batterycarbon.platform.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class FactorNavigation {

    private static final Set<Role> STEWARD = Set.of(Role.FACTOR_STEWARD);
    private static final Set<Role> REVIEWER = Set.of(Role.FACTOR_REVIEWER);
    private static final Set<Role> INSTITUTE = Set.of(Role.FACTOR_STEWARD, Role.FACTOR_REVIEWER);

    /** Drafting is for stewards: refused at the filter, before a body or an upload is read. */
    @Bean
    RoleRestrictedPaths factorDraftingWrites() {
        return RoleRestrictedPaths.of(
                HttpMethod.POST,
                STEWARD,
                "/factor-releases",
                "/factor-releases/*/submit",
                "/factor-releases/*/import",
                "/factor-releases/*/factors",
                "/factor-releases/*/factors/*",
                "/factor-releases/*/factors/*/retire",
                "/factor-releases/*/factors/*/restore",
                "/api/v1/factor-releases",
                "/api/v1/factor-releases/*/submit",
                "/api/v1/factor-releases/*/import",
                "/api/v1/factor-releases/*/factors",
                "/api/v1/factor-releases/*/factors/*/retire");
    }

    @Bean
    RoleRestrictedPaths factorDraftingUpdates() {
        return RoleRestrictedPaths.of(HttpMethod.PUT, STEWARD, "/api/v1/factor-releases/*/factors/*");
    }

    @Bean
    RoleRestrictedPaths factorDraftingForms() {
        return RoleRestrictedPaths.of(
                HttpMethod.GET,
                STEWARD,
                "/factor-releases/new",
                "/factor-releases/*/import",
                "/factor-releases/*/factors/new",
                "/factor-releases/*/factors/*/edit");
    }

    /** Approving or sending back is for expert reviewers; both institute roles may comment. */
    @Bean
    RoleRestrictedPaths factorReview() {
        return RoleRestrictedPaths.of(
                HttpMethod.POST,
                REVIEWER,
                "/factor-releases/*/approve",
                "/factor-releases/*/send-back",
                "/api/v1/factor-releases/*/approve",
                "/api/v1/factor-releases/*/send-back");
    }

    @Bean
    RoleRestrictedPaths factorReviewComments() {
        return RoleRestrictedPaths.of(
                HttpMethod.POST, INSTITUTE, "/factor-releases/*/comments", "/api/v1/factor-releases/*/comments");
    }

    @Bean
    NavigationItem factorBrowseNavigation() {
        return new NavigationItem("nav.factors", "nav.factors.description", "/factors", 60, Set.of());
    }

    /** Stewards draft, import and submit. */
    @Bean
    NavigationItem factorReleaseNavigation() {
        return new NavigationItem(
                "nav.factorReleases",
                "nav.factorReleases.description",
                "/factor-releases",
                61,
                Set.of(Role.FACTOR_STEWARD));
    }

    /** Experts review: the card promises only what they can do (comment, approve, send back). */
    @Bean
    NavigationItem factorReviewNavigation() {
        return new NavigationItem(
                "nav.factorReleases",
                "nav.factorReleases.review.description",
                "/factor-releases",
                61,
                Set.of(Role.FACTOR_REVIEWER));
    }
}
