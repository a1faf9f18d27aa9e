package cn.batterycarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.organization.domain.UserAccounts;
import cn.batterycarbon.platform.security.ExternalIdentity;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.SingleSignOnRefusedException;
import cn.batterycarbon.platform.security.SingleSignOnRefusedException.Reason;
import cn.batterycarbon.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The rules that turn a Keycloak identity into a local user record, on the real database: create,
 * link, keep roles in step, refuse what does not fit.
 */
@IntegrationTest
class SingleSignOnAccountsTests {

    private static final String MANUFACTURER = "91320500MA1NCDL0X2";
    private static final String SUPPLIER = "91430100MA4HLHJ1PU";

    @Autowired
    SingleSignOnAccounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aNewIdentityGetsALocalRecordThatOnlySingleSignOnCanUse() {
        String subject = UUID.randomUUID().toString();
        String username = "sso-" + subject.substring(0, 8);

        PlatformUser user = accounts.link(identity(subject, username, MANUFACTURER, "MANUFACTURER", "offline_access"));

        assertThat(user.getUsername()).isEqualTo(username);
        assertThat(user.roles()).containsExactly(Role.MANUFACTURER);
        UserAccount record = users.findByUsername(username).orElseThrow();
        assertThat(record.getExternalSubject()).isEqualTo(subject);
        assertThat(record.getOrganization().getCreditCode().value()).isEqualTo(MANUFACTURER);
        assertThat(passwordEncoder.matches("", record.getPasswordHash())).isFalse();
        assertThat(accounts.link(identity(subject, username, MANUFACTURER, "MANUFACTURER"))
                        .userId())
                .as("the second sign-in finds the same record")
                .isEqualTo(user.userId());
    }

    @Test
    void rolesFollowKeycloakAndUngrantableOnesAreIgnored() {
        String subject = UUID.randomUUID().toString();
        String username = "sso-" + subject.substring(0, 8);
        accounts.link(identity(subject, username, SUPPLIER, "SUPPLIER"));

        PlatformUser again = accounts.link(identity(subject, username, SUPPLIER, "SUPPLIER", "REGULATOR", "ADMIN"));

        assertThat(again.roles()).containsExactly(Role.SUPPLIER);
        assertThatThrownBy(() -> accounts.link(identity(subject, username, SUPPLIER, "REGULATOR")))
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_ROLE));
    }

    @Test
    void anExistingAccountOfTheSameOrganizationIsLinkedByUserName() {
        String username = "local-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organization = organizationId(MANUFACTURER);
        UserAccount local = administration.createUser(new OrganizationAdministration.NewUser(
                organization,
                username,
                "本地用户",
                username + "@example.cn",
                Set.of(Role.MANUFACTURER),
                "Local-pass-2026"));
        String subject = UUID.randomUUID().toString();

        PlatformUser linked = accounts.link(identity(subject, username, MANUFACTURER, "MANUFACTURER"));

        assertThat(linked.userId()).isEqualTo(local.getId());
        assertThat(users.findById(local.getId()).orElseThrow().getExternalSubject())
                .isEqualTo(subject);
        assertThatThrownBy(() ->
                        accounts.link(identity(UUID.randomUUID().toString(), username, MANUFACTURER, "MANUFACTURER")))
                .as("another Keycloak subject with the same user name is someone else")
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ACCOUNT_CONFLICT));
    }

    @Test
    void aUserNameOfAnotherOrganizationIsNotTakenOver() {
        assertThatThrownBy(() ->
                        accounts.link(identity(UUID.randomUUID().toString(), "verifier", MANUFACTURER, "MANUFACTURER")))
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ACCOUNT_CONFLICT));
    }

    @Test
    void aDeactivatedRecordCannotSignIn() {
        String subject = UUID.randomUUID().toString();
        String username = "sso-" + subject.substring(0, 8);
        PlatformUser user = accounts.link(identity(subject, username, MANUFACTURER, "MANUFACTURER"));
        administration.deactivateUser(user.userId(), UUID.randomUUID());

        assertThatThrownBy(() -> accounts.link(identity(subject, username, MANUFACTURER, "MANUFACTURER")))
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ACCOUNT_INACTIVE));
    }

    @Test
    void theOrganizationMustBeNamedAndRegistered() {
        assertThatThrownBy(() -> accounts.link(identity(UUID.randomUUID().toString(), "nobody1", null, "MANUFACTURER")))
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ORGANIZATION_MISSING));
        assertThatThrownBy(() -> accounts.link(
                        identity(UUID.randomUUID().toString(), "nobody2", "91440300MA5G12345L", "MANUFACTURER")))
                .isInstanceOfSatisfying(
                        SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ORGANIZATION_UNKNOWN));
        assertThat(users.findByUsername("nobody1")).isEmpty();
        assertThat(users.findByUsername("nobody2")).isEmpty();
    }

    private UUID organizationId(String creditCode) {
        return administration.allOrganizations().stream()
                .filter(o -> o.getCreditCode().value().equals(creditCode))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static ExternalIdentity identity(String subject, String username, String creditCode, String... roles) {
        return new ExternalIdentity(subject, username, "单点用户", username + "@sso.example.cn", creditCode, Set.of(roles));
    }
}
