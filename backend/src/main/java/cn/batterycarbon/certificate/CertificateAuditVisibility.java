package cn.batterycarbon.certificate;

import cn.batterycarbon.certificate.domain.Certificates;
import cn.batterycarbon.platform.events.AuditedObjects;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate's audit timeline is visible to whoever may see the certificate's page: the
 * certified company's manufacturers, the agency's verifiers and leads, regulators.
 */
@Component
class CertificateAuditVisibility implements AuditedObjects {

    private final Certificates certificates;
    private final CertificateService service;

    CertificateAuditVisibility(Certificates certificates, CertificateService service) {
        this.certificates = certificates;
        this.service = service;
    }

    @Override
    public String objectType() {
        return "CERTIFICATE";
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visible(UUID objectId, PlatformUser user) {
        return certificates
                .findById(objectId)
                .map(certificate -> {
                    try {
                        service.visible(certificate.getSerial(), user);
                        return true;
                    } catch (NotFoundException e) {
                        return false;
                    }
                })
                .orElse(false);
    }
}
