package cn.batterycarbon.organization;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.organization.domain.Organizations;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production installation starts without demo data, so nobody could sign in. When
 * {@code BCF_BOOTSTRAP_ADMIN_PASSWORD} is set and no user exists yet, this creates the operator
 * organization and the first administrator {@code admin} with that password.
 */
@Component
@Order(50)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final String password;
    private final String operatorCreditCode;
    private final OrganizationAdministration administration;
    private final Organizations organizations;
    private final UserAccounts users;

    BootstrapAdministrator(
            @Value("${bcf.bootstrap-admin.password:}") String password,
            @Value("${bcf.bootstrap-admin.operator-credit-code:91310115MA1PLATF0K}") String operatorCreditCode,
            OrganizationAdministration administration,
            Organizations organizations,
            UserAccounts users) {
        this.password = password;
        this.operatorCreditCode = operatorCreditCode;
        this.administration = administration;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || users.count() > 0) {
            return;
        }
        Organization operator = organizations.findByTypeOrderByNameZh(OrganizationType.PLATFORM_OPERATOR).stream()
                .findFirst()
                .orElseGet(() -> administration.registerOrganization(
                        OrganizationType.PLATFORM_OPERATOR,
                        operatorCreditCode,
                        new OrganizationDetails("平台运营方", "Platform operator", "-", "-", null, "admin@localhost")));
        administration.createUser(new OrganizationAdministration.NewUser(
                operator.getId(), "admin", "Administrator", "admin@localhost", Set.of(Role.ADMIN), password));
        log.info("Created the first administrator 'admin' from bcf.bootstrap-admin.password");
    }
}
