package cn.batterycarbon.organization;

import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.ExternalIdentity;
import cn.batterycarbon.platform.security.ExternalIdentityLinker;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.SingleSignOnRefusedException;
import cn.batterycarbon.platform.security.SingleSignOnRefusedException.Reason;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links Keycloak identities to local user records. The organization comes from the identity's
 * credit code and must already be registered; the roles are the identity's realm roles that are
 * platform roles grantable in that organization, and are brought in step at every sign-in, since
 * Keycloak is where they are managed. On the first sign-in the record is found by its Keycloak
 * subject, else by the same user name in the same organization (and then linked), else created
 * with a random password nobody knows, so it can only sign in through Keycloak.
 */
@Service
public class SingleSignOnAccounts implements ExternalIdentityLinker {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);
    private static final int MAX_USERNAME_LENGTH = 40;

    private final Organizations organizations;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    SingleSignOnAccounts(
            Organizations organizations,
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactionManager) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public PlatformUser link(ExternalIdentity identity) {
        try {
            return transaction.execute(status -> linkOrCreate(identity));
        } catch (DataIntegrityViolationException concurrentFirstSignIn) {
            // Two first requests of the same identity at once: the other one created the record.
            return transaction.execute(status -> linkOrCreate(identity));
        }
    }

    private PlatformUser linkOrCreate(ExternalIdentity identity) {
        Organization organization = organizationOf(identity);
        Set<Role> roles = platformRoles(identity, organization);
        UserAccount user = users.findByExternalSubject(identity.subject())
                .or(() -> sameUserNotYetLinked(identity, organization))
                .orElseGet(() -> create(identity, organization, roles));
        if (!user.getOrganization().getId().equals(organization.getId())) {
            throw new SingleSignOnRefusedException(
                    Reason.ACCOUNT_CONFLICT,
                    "local user " + user.getUsername() + " belongs to another organization than "
                            + identity.organizationCreditCode());
        }
        if (!user.isActive()) {
            throw new SingleSignOnRefusedException(
                    Reason.ACCOUNT_INACTIVE, "local user " + user.getUsername() + " is deactivated");
        }
        if (user.getExternalSubject() == null) {
            user.linkExternalSubject(identity.subject());
            log.info("Linked local user {} to Keycloak subject {}", user.getUsername(), identity.subject());
        }
        if (!user.getRoles().equals(roles)) {
            user.assignRoles(roles);
        }
        return user.toPlatformUser();
    }

    private Organization organizationOf(ExternalIdentity identity) {
        String code = UnifiedSocialCreditCode.normalize(identity.organizationCreditCode());
        if (code == null) {
            throw new SingleSignOnRefusedException(
                    Reason.ORGANIZATION_MISSING, identity.username() + " has no organization credit code");
        }
        Optional<Organization> organization = UnifiedSocialCreditCode.isValid(code)
                ? organizations.findByCreditCode(new UnifiedSocialCreditCode(code))
                : Optional.empty();
        return organization.orElseThrow(() -> new SingleSignOnRefusedException(
                Reason.ORGANIZATION_UNKNOWN,
                identity.username() + " acts for " + code + ", which is not a registered organization"));
    }

    private static Set<Role> platformRoles(ExternalIdentity identity, Organization organization) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : identity.roleNames()) {
            Role role = role(name);
            if (role == null) {
                continue; // Keycloak's own roles (offline_access, default-roles-...) mean nothing here.
            }
            if (role.grantableIn(organization.getType())) {
                roles.add(role);
            } else {
                log.warn(
                        "Ignoring Keycloak role {} of {}: not grantable in organization {} of type {}",
                        role,
                        identity.username(),
                        organization.getCreditCode(),
                        organization.getType());
            }
        }
        if (roles.isEmpty()) {
            throw new SingleSignOnRefusedException(
                    Reason.NO_ROLE,
                    identity.username() + " has no platform role for a " + organization.getType() + " organization");
        }
        return roles;
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    /** A record created before single sign-on (or by the demo data) with the same user name. */
    private Optional<UserAccount> sameUserNotYetLinked(ExternalIdentity identity, Organization organization) {
        Optional<UserAccount> sameName = users.findByUsername(UserAccount.normalizeUsername(identity.username()));
        if (sameName.isEmpty()) {
            return sameName;
        }
        UserAccount user = sameName.get();
        if (user.getExternalSubject() != null || !user.getOrganization().getId().equals(organization.getId())) {
            throw new SingleSignOnRefusedException(
                    Reason.ACCOUNT_CONFLICT,
                    "user name " + user.getUsername() + " is taken by another person or organization");
        }
        return sameName;
    }

    private UserAccount create(ExternalIdentity identity, Organization organization, Set<Role> roles) {
        String username = UserAccount.normalizeUsername(identity.username());
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw new SingleSignOnRefusedException(
                    Reason.ACCOUNT_CONFLICT, "user name " + username + " is longer than " + MAX_USERNAME_LENGTH);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        UserAccount user = new UserAccount(
                username,
                identity.displayName(),
                identity.email(),
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)),
                organization,
                roles);
        user.linkExternalSubject(identity.subject());
        log.info("Created local user {} for Keycloak subject {}", username, identity.subject());
        return users.saveAndFlush(user);
    }
}
