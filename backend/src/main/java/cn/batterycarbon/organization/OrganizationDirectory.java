package cn.batterycarbon.organization;

import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about organizations. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** An organization as other modules see it. */
    public record OrganizationSummary(
            UUID id, OrganizationType type, String nameZh, String nameEn, String creditCode, String contactEmail) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** A user as other modules see it: who, of which organization, with which roles. */
    public record UserSummary(
            UUID id, UUID organizationId, String username, String displayName, Set<Role> roles, boolean active) {}

    private final Organizations organizations;
    private final UserAccounts users;

    OrganizationDirectory(Organizations organizations, UserAccounts users) {
        this.organizations = organizations;
        this.users = users;
    }

    public Optional<UserSummary> user(UUID id) {
        return users.findById(id).map(OrganizationDirectory::summary);
    }

    /** The organization's active users holding the role, by user name. */
    public List<UserSummary> usersWithRole(UUID organizationId, Role role) {
        return users.findByOrganizationIdOrderByUsername(organizationId).stream()
                .filter(u -> u.isActive() && u.getRoles().contains(role))
                .map(OrganizationDirectory::summary)
                .toList();
    }

    private static UserSummary summary(UserAccount user) {
        return new UserSummary(
                user.getId(),
                user.getOrganization().getId(),
                user.getUsername(),
                user.getDisplayName(),
                Set.copyOf(user.getRoles()),
                user.isActive());
    }

    public Optional<OrganizationSummary> find(UUID id) {
        return organizations.findById(id).map(OrganizationDirectory::summary);
    }

    public List<OrganizationSummary> ofType(OrganizationType type) {
        return organizations.findByTypeOrderByNameZh(type).stream()
                .map(OrganizationDirectory::summary)
                .toList();
    }

    private static OrganizationSummary summary(cn.batterycarbon.organization.domain.Organization organization) {
        return new OrganizationSummary(
                organization.getId(),
                organization.getType(),
                organization.getNameZh(),
                organization.getNameEn(),
                organization.getCreditCode().value(),
                organization.getContactEmail());
    }
}
