package cn.batterycarbon.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.batterycarbon.certificate.CertificateService.CertificateView;
import cn.batterycarbon.coverage.CertifiedModels;
import cn.batterycarbon.coverage.PilotCoverage;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.notification.NotificationView;
import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.verification.VerificationFixture;
import cn.batterycarbon.verification.VerificationFixture.Maker;
import cn.batterycarbon.verification.VerificationService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What other modules learn from certificates: the declaring organization is notified in the app
 * when its certificate is issued and when it is revoked (nobody else is), and pilot coverage counts
 * a model as certified only while its certificate is valid — not once revoked, not once expired.
 */
@IntegrationTest
class CertificateNotificationAndCoverageIntegrationTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Autowired
    VerificationService verification;

    @Autowired
    CertificateService certificates;

    @Autowired
    Notifications notifications;

    @Autowired
    CertifiedModels certifiedModels;

    @Autowired
    PilotCoverage coverage;

    @Autowired
    JdbcClient jdbc;

    VerificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new VerificationFixture(administration, users, products, declarations, calculations, verification);
    }

    private CertificateView certified(Maker maker) {
        verification.approve(maker.declarationId(), fixture.statement(), fixture.auditor());
        return certificates.latestOf(maker.declarationId(), maker.user()).orElseThrow();
    }

    @Test
    void revocationNotifiesTheDeclaringOrganizationAndNobodyElse() {
        Maker maker = fixture.underVerification();
        Maker bystander = fixture.calculatedDeclaration();
        CertificateView certificate = certified(maker);
        awaitNotification(maker.user(), "notification.certificate.issued", certificate.serial());

        certificates.revoke(certificate.serial(), "工厂电耗数据造假", fixture.user("regulator"));

        NotificationView revoked =
                awaitNotification(maker.user(), "notification.certificate.revoked", certificate.serial());
        assertThat(revoked.arguments()).containsExactly(certificate.serial(), "工厂电耗数据造假");
        assertThat(revoked.link()).isEqualTo("/certificates/" + certificate.serial());
        assertThat(revoked.read()).isFalse();
        // the row belongs to the manufacturer's organization only: not the agency, the regulator or another maker
        assertThat(jdbc.sql("select organization_id from notification where message_key = ? and arguments like ?")
                        .params("notification.certificate.revoked", certificate.serial() + "%")
                        .query(UUID.class)
                        .list())
                .containsExactly(maker.user().organizationId());
        for (PlatformUser other : List.of(fixture.lead(), fixture.user("regulator"), bystander.user())) {
            assertThat(notifications.latest(other, 200))
                    .noneMatch(n -> n.arguments().contains(certificate.serial()));
        }
    }

    @Test
    void coverageCountsAModelAsCertifiedOnlyWhileItsCertificateIsValid() {
        Maker maker = fixture.underVerification();
        Maker other = fixture.calculatedDeclaration();
        UUID model = modelOf(maker);
        assertThat(certifiedModels.certifiedModelIds(maker.user().organizationId()))
                .doesNotContain(model);
        // a declaration under verification counts as declared (it was submitted), a calculated one does not
        assertThat(coverage.mine(maker.user()).declaredModels()).isEqualTo(1);
        assertThat(coverage.mine(other.user()).declaredModels()).isZero();

        CertificateView certificate = certified(maker);
        assertThat(certifiedModels.certifiedModelIds(maker.user().organizationId()))
                .containsExactly(model);
        assertThat(certifiedModels.certifiedModelIds(null)).contains(model);
        assertThat(certifiedModels.certifiedModelIds(other.user().organizationId()))
                .isEmpty();
        assertThat(coverage.certificatesAvailable()).isTrue();
        assertThat(coverage.mine(maker.user()).certifiedModels()).isEqualTo(1);
        assertThat(coverage.mine(maker.user()).declaredModels()).isEqualTo(1);
        assertThat(coverage.mine(other.user()).certifiedModels()).isZero();

        // expired yesterday (Beijing date): no longer certified
        jdbc.sql("update certificate set expires_on = ? where serial = ?")
                .params(LocalDate.now(CertificateService.CHINA).minusDays(1), certificate.serial())
                .update();
        assertThat(certifiedModels.certifiedModelIds(maker.user().organizationId()))
                .isEmpty();
        jdbc.sql("update certificate set expires_on = ? where serial = ?")
                .params(LocalDate.now(CertificateService.CHINA), certificate.serial())
                .update();
        assertThat(certifiedModels.certifiedModelIds(maker.user().organizationId()))
                .containsExactly(model);

        // revoked: no longer certified
        certificates.revoke(certificate.serial(), "数据有误", fixture.user("regulator"));
        assertThat(certifiedModels.certifiedModelIds(maker.user().organizationId()))
                .isEmpty();
        assertThat(certifiedModels.certifiedModelIds(null)).doesNotContain(model);
        assertThat(coverage.mine(maker.user()).certifiedModels()).isZero();
        // a revoked declaration no longer stands as the model's declaration
        assertThat(coverage.mine(maker.user()).declaredModels()).isZero();
    }

    private UUID modelOf(Maker maker) {
        return declarations.statuses(maker.user().organizationId()).stream()
                .filter(s -> s.id().equals(maker.declarationId()))
                .findFirst()
                .orElseThrow()
                .batteryModelId();
    }

    private NotificationView awaitNotification(PlatformUser user, String key, String serial) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> notifications.latest(user, 50).stream()
                                .filter(n -> n.messageKey().equals(key)
                                        && n.arguments().contains(serial))
                                .findFirst()
                                .orElse(null),
                        n -> n != null);
    }
}
