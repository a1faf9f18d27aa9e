package cn.batterycarbon.organization.domain;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in, acting for exactly one organization with one or more roles. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    /** The Keycloak subject this record is linked to; null until its first single sign-on. */
    @Column(name = "external_subject", unique = true)
    private String externalSubject;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = DEFAULT_TIME_ZONE;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Organization organization,
            Set<Role> roles) {
        this.username = normalizeUsername(username);
        this.displayName = displayName.trim();
        this.email = email.trim();
        this.passwordHash = passwordHash;
        this.organization = organization;
        assignRoles(roles);
    }

    public static String normalizeUsername(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /** Roles must suit the organization: a supplier's user cannot become a verifier. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new DomainException("user.roles.empty");
        }
        for (Role role : newRoles) {
            if (!role.grantableIn(organization.getType())) {
                throw new DomainException(
                        "user.roles.notGrantable",
                        role.name(),
                        organization.getType().name());
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("user.alreadyInactive", username);
        }
        active = false;
    }

    public void activate() {
        if (active) {
            throw new DomainException("user.alreadyActive", username);
        }
        active = true;
    }

    /**
     * Links this record to a Keycloak subject on its first single sign-on. A record stays linked
     * to one subject: another subject with the same user name is someone else.
     */
    public void linkExternalSubject(String subject) {
        if (externalSubject != null && !externalSubject.equals(subject)) {
            throw new DomainException("user.externalSubject.conflict", username);
        }
        this.externalSubject = subject;
    }

    public String getExternalSubject() {
        return externalSubject;
    }

    /** The zone this user reads times in. */
    public java.time.ZoneId timeZone() {
        return timeZone == null ? java.time.ZoneId.of(DEFAULT_TIME_ZONE) : java.time.ZoneId.of(timeZone);
    }

    public void changeTimeZone(java.time.ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public PlatformUser toPlatformUser() {
        return new PlatformUser(
                getId(),
                username,
                displayName,
                organization.getId(),
                organization.getType(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                active,
                passwordHash);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }
}
