package cn.batterycarbon.organization;

import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.UserSessions;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
    private final UserSessions sessions;

    OrganizationAdministration(
            Organizations organizations, UserAccounts users, PasswordEncoder passwordEncoder, UserSessions sessions) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    public Organization registerOrganization(OrganizationType type, String creditCode, OrganizationDetails details) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(creditCode);
        if (organizations.existsByCreditCode(code)) {
            throw new DomainException("organization.creditCode.taken", code.value());
        }
        return organizations.save(new Organization(type, code, details));
    }

    public Organization updateOrganization(UUID id, long expectedVersion, OrganizationDetails details) {
        Organization organization = organization(id);
        if (organization.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("organization " + id + " changed");
        }
        organization.update(details);
        return organization;
    }

    public UserAccount createUser(NewUser command) {
        String username = UserAccount.normalizeUsername(command.username());
        if (users.existsByUsername(username)) {
            throw new DomainException("user.username.taken", username);
        }
        PasswordPolicy.check(username, command.password());
        Organization organization = organization(command.organizationId());
        return users.save(new UserAccount(
                username,
                command.displayName(),
                command.email(),
                passwordEncoder.encode(command.password()),
                organization,
                command.roles()));
    }

    public void changeRoles(UUID userId, Set<Role> roles) {
        user(userId).assignRoles(roles);
    }

    public void deactivateUser(UUID userId, UUID actingUserId) {
        if (userId.equals(actingUserId)) {
            throw new DomainException("user.cannotDeactivateSelf");
        }
        UserAccount user = user(userId);
        user.deactivate();
        // Signed out everywhere at once, not after their session times out.
        sessions.endAll(user.getUsername());
    }

    public void activateUser(UUID userId) {
        user(userId).activate();
    }

    public void resetPassword(UUID userId, String newPassword) {
        UserAccount user = user(userId);
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        // Whoever knew the old password (and signed in with it) is signed out.
        sessions.endAll(user.getUsername());
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
