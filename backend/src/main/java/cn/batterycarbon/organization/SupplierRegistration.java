package cn.batterycarbon.organization;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of a supplier invited by a customer: the organization and its first user are
 * created, the user inactive until a platform administrator has checked the unified social credit
 * code and activates the account (the administration pages' "activate").
 */
@Service
@Transactional
public class SupplierRegistration {

    /** What the invited supplier fills in. */
    public record Registration(
            String creditCode,
            String nameZh,
            String nameEn,
            String address,
            String contactName,
            String contactPhone,
            String contactEmail,
            String username,
            String displayName,
            String password) {}

    public record Registered(UUID organizationId, UUID userId, String creditCode) {}

    private final OrganizationAdministration administration;
    private final jakarta.persistence.EntityManager entityManager;

    SupplierRegistration(OrganizationAdministration administration, jakarta.persistence.EntityManager entityManager) {
        this.administration = administration;
        this.entityManager = entityManager;
    }

    public Registered registerPendingSupplier(Registration r) {
        Organization organization = administration.registerOrganization(
                OrganizationType.SUPPLIER,
                r.creditCode(),
                new OrganizationDetails(
                        r.nameZh(), r.nameEn(), r.address(), r.contactName(), r.contactPhone(), r.contactEmail()));
        UserAccount user = administration.createUser(new OrganizationAdministration.NewUser(
                organization.getId(),
                r.username(),
                r.displayName(),
                r.contactEmail(),
                Set.of(Role.SUPPLIER),
                r.password()));
        administration.deactivateUser(user.getId(), new UUID(0, 0));
        // written now, so that callers may refer to the rows from plain SQL in the same transaction
        entityManager.flush();
        return new Registered(
                organization.getId(), user.getId(), organization.getCreditCode().value());
    }
}
