package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * JSON API for platform administrators: the user accounts of an organization, including whether
 * each is linked to a Keycloak identity, e.g. to check the result of a directory import.
 */
@ApiController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration")
class AdminUserApi {

    record UserView(
            UUID id,
            String username,
            String displayName,
            String email,
            Set<cn.batterycarbon.platform.security.Role> roles,
            boolean active,
            boolean singleSignOnLinked) {

        static UserView of(UserAccount user) {
            return new UserView(
                    user.getId(),
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getEmail(),
                    user.getRoles(),
                    user.isActive(),
                    user.getExternalSubject() != null);
        }
    }

    private final OrganizationAdministration administration;

    AdminUserApi(OrganizationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/users")
    @Operation(summary = "The user accounts of one organization (administrators only); 404 for an unknown organization")
    List<UserView> users(@RequestParam("organization") UUID organizationId) {
        administration.organization(organizationId);
        return administration.usersOf(organizationId).stream().map(UserView::of).toList();
    }
}
