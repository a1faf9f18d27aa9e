package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.application.AccountService.IssuedToken;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.ApiToken;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.platform.security.BearerAuthentications;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** JSON API: the caller, organizations they may see, and their personal API tokens. */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Organizations and account")
class OrganizationApi {

    record Me(
            UUID userId,
            String username,
            String displayName,
            UUID organizationId,
            OrganizationType organizationType,
            Set<Role> roles) {}

    record OrganizationView(
            UUID id,
            OrganizationType type,
            String nameZh,
            String nameEn,
            String creditCode,
            String address,
            String contactName,
            String contactEmail) {

        static OrganizationView of(Organization o) {
            return new OrganizationView(
                    o.getId(),
                    o.getType(),
                    o.getNameZh(),
                    o.getNameEn(),
                    o.getCreditCode().value(),
                    o.getAddress(),
                    o.getContactName(),
                    o.getContactEmail());
        }
    }

    record TokenView(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            String status) {

        static TokenView of(ApiToken token, Instant now) {
            return new TokenView(
                    token.getId(),
                    token.getName(),
                    token.getTokenPrefix(),
                    token.getCreatedAt(),
                    token.getExpiresAt(),
                    token.getLastUsedAt(),
                    token.status(now));
        }
    }

    record NewToken(
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(365) int validDays) {}

    record IssuedTokenView(TokenView token, String secret) {}

    private final OrganizationAdministration administration;
    private final AccountService accounts;

    OrganizationApi(OrganizationAdministration administration, AccountService accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The calling user, their organization and roles")
    Me me(@AuthenticationPrincipal PlatformUser user) {
        return new Me(
                user.userId(),
                user.getUsername(),
                user.displayName(),
                user.organizationId(),
                user.organizationType(),
                user.roles());
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organizations the caller may see: all for administrators and regulators, otherwise their own")
    List<OrganizationView> organizations(@AuthenticationPrincipal PlatformUser user) {
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.REGULATOR)) {
            return administration.allOrganizations().stream()
                    .map(OrganizationView::of)
                    .toList();
        }
        return List.of(OrganizationView.of(administration.organization(user.organizationId())));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One organization; 404 when the caller may not see it")
    OrganizationView organization(@PathVariable UUID id, @AuthenticationPrincipal PlatformUser user) {
        TenantGuard.requireVisible(id, id, user, Role.ADMIN, Role.REGULATOR);
        return OrganizationView.of(administration.organization(id));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's personal API tokens (never their secrets)")
    List<TokenView> tokens(@AuthenticationPrincipal PlatformUser user) {
        Instant now = accounts.now();
        return accounts.tokensOf(user.userId()).stream()
                .map(t -> TokenView.of(t, now))
                .toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal API token; the secret is in this response only")
    IssuedTokenView issueToken(
            @AuthenticationPrincipal PlatformUser user,
            Authentication authentication,
            @Valid @RequestBody NewToken request) {
        // A token must not mint tokens: a stolen one could otherwise outlive its own revocation.
        if (BearerAuthentications.isBearer(authentication)) {
            throw new AccessDeniedException("api.error.token-needs-session");
        }
        IssuedToken issued = accounts.issueToken(user.userId(), request.name(), request.validDays());
        return new IssuedTokenView(TokenView.of(issued.token(), accounts.now()), issued.secret());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revokeToken(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        accounts.revokeToken(user.userId(), id);
    }
}
