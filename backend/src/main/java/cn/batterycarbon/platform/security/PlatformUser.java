package cn.batterycarbon.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it, whatever way they signed in (form login, API token,
 * Keycloak single sign-on): who they are, which organization they act for, and their roles. Open for
 * {@link SingleSignOnUser}, which is also the OIDC user Spring Security needs for single sign-out.
 */
public class PlatformUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String username;
    private final String displayName;
    private final UUID organizationId;
    private final OrganizationType organizationType;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    public PlatformUser(
            UUID userId,
            String username,
            String displayName,
            UUID organizationId,
            OrganizationType organizationType,
            Set<Role> roles,
            boolean enabled,
            String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.organizationId = organizationId;
        this.organizationType = organizationType;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public OrganizationType organizationType() {
        return organizationType;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this user signed in through Keycloak, which then also manages their password. */
    public boolean singleSignOn() {
        return false;
    }

    public boolean belongsTo(UUID organization) {
        return organizationId.equals(organization);
    }

    /** The role that decides the landing page: the first in the enum's order. */
    public Role primaryRole() {
        return roles.isEmpty() ? null : roles.iterator().next();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "PlatformUser[" + username + ", " + roles + "]";
    }
}
