package cn.batterycarbon.organization.application;

import cn.batterycarbon.organization.OrganizationEvents.OrganizationChanged;
import cn.batterycarbon.organization.OrganizationEvents.OrganizationRegistered;
import cn.batterycarbon.organization.OrganizationEvents.UserChanged;
import cn.batterycarbon.organization.PasswordPolicy;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent.Change;
import cn.batterycarbon.platform.events.Changes;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.UserSessions;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a platform administrator does: register organizations and manage their users. */
@Service
@Transactional
public class OrganizationAdministration {

    /** A new user: who, for which organization, with which roles and initial password. */
    public record NewUser(
            UUID organizationId, String username, String displayName, String email, Set<Role> roles, String password) {}

    private final Organizations organizations;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final UserSessions sessions;

    OrganizationAdministration(
            Organizations organizations,
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            UserSessions sessions,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
    }

    public Organization registerOrganization(OrganizationType type, String creditCode, OrganizationDetails details) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(creditCode);
        if (organizations.existsByCreditCode(code)) {
            throw new DomainException("organization.creditCode.taken", code.value());
        }
        Organization organization = organizations.save(new Organization(type, code, details));
        Map<String, Change> changes = new TreeMap<>(Changes.created(details));
        changes.put("type", Change.created(type.name()));
        changes.put("creditCode", Change.created(code.value()));
        events.publishEvent(new OrganizationRegistered(organization.getId(), changes));
        return organization;
    }

    public Organization updateOrganization(UUID id, long expectedVersion, OrganizationDetails details) {
        Organization organization = organization(id);
        if (organization.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("organization " + id + " changed");
        }
        OrganizationDetails before = organization.details();
        organization.update(details);
        events.publishEvent(new OrganizationChanged(id, Changes.between(before, organization.details())));
        return organization;
    }

    public UserAccount createUser(NewUser command) {
        String username = UserAccount.normalizeUsername(command.username());
        if (users.existsByUsername(username)) {
            throw new DomainException("user.username.taken", username);
        }
        PasswordPolicy.check(username, command.password());
        Organization organization = organization(command.organizationId());
        UserAccount user = users.save(new UserAccount(
                username,
                command.displayName(),
                command.email(),
                passwordEncoder.encode(command.password()),
                organization,
                command.roles()));
        Map<String, Change> changes = new TreeMap<>();
        changes.put("username", Change.created(username));
        changes.put("displayName", Change.created(command.displayName()));
        changes.put("email", Change.created(command.email()));
        changes.put("roles", Change.created(Changes.plain(command.roles())));
        publish(UserChanged.CREATED, user, changes);
        return user;
    }

    public void changeRoles(UUID userId, Set<Role> roles) {
        UserAccount user = user(userId);
        String before = Changes.plain(user.getRoles());
        user.assignRoles(roles);
        publish(UserChanged.ROLES_CHANGED, user, Changes.of("roles", before, Changes.plain(user.getRoles())));
    }

    public void deactivateUser(UUID userId, UUID actingUserId) {
        if (userId.equals(actingUserId)) {
            throw new DomainException("user.cannotDeactivateSelf");
        }
        UserAccount user = user(userId);
        user.deactivate();
        publish(UserChanged.DEACTIVATED, user, Changes.of("active", true, false));
        // Signed out everywhere at once, not after their session times out.
        sessions.endAll(user.getUsername());
    }

    public void activateUser(UUID userId) {
        UserAccount user = user(userId);
        user.activate();
        publish(UserChanged.ACTIVATED, user, Changes.of("active", false, true));
    }

    public void resetPassword(UUID userId, String newPassword) {
        UserAccount user = user(userId);
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        // Whoever knew the old password (and signed in with it) is signed out.
        sessions.endAll(user.getUsername());
        publish(UserChanged.PASSWORD_RESET, user, Map.of());
    }

    private void publish(String action, UserAccount user, Map<String, Change> changes) {
        events.publishEvent(
                new UserChanged(action, user.getId(), user.getOrganization().getId(), changes));
    }

    @Transactional(readOnly = true)
    public List<Organization> allOrganizations() {
        return organizations.findAllByOrderByTypeAscNameZhAsc();
    }

    @Transactional(readOnly = true)
    public Organization organization(UUID id) {
        return organizations.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(UUID organizationId) {
        return users.findByOrganizationIdOrderByUsername(organizationId);
    }

    @Transactional(readOnly = true)
    public UserAccount user(UUID id) {
        return users.findById(id).orElseThrow(NotFoundException::new);
    }
}
