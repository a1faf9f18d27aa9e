package cn.batterycarbon.organization;

import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.platform.security.OrganizationType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private final Organizations organizations;

    OrganizationDirectory(Organizations organizations) {
        this.organizations = organizations;
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
