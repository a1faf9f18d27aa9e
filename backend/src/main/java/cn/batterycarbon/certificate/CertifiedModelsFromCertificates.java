package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.domain.Certificates;
import cn.batterycarbon.coverage.CertifiedModels;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationStatusView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells pilot coverage which battery models hold a valid certificate: issued, neither revoked nor
 * superseded, and not past its expiry date (a Beijing date, as printed on the certificate). A
 * superseded certificate does not count, but the certificate superseding it does.
 */
@Component
class CertifiedModelsFromCertificates implements CertifiedModels {

    private final Certificates certificates;
    private final DeclarationService declarations;
    private final Clock clock = Clock.system(CertificateService.CHINA);

    CertifiedModelsFromCertificates(Certificates certificates, DeclarationService declarations) {
        this.certificates = certificates;
        this.declarations = declarations;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> certifiedModelIds(UUID organizationId) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> certified = organizationId == null
                ? certificates.declarationsCertified(CertificateStatus.VALID, today)
                : certificates.declarationsCertified(organizationId, CertificateStatus.VALID, today);
        if (certified.isEmpty()) {
            return Set.of();
        }
        Set<UUID> declarationIds = new HashSet<>(certified);
        return declarations.statuses(organizationId).stream()
                .filter(d -> declarationIds.contains(d.id()))
                .map(DeclarationStatusView::batteryModelId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
