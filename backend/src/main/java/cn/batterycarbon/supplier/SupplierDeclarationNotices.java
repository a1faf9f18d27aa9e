package cn.batterycarbon.supplier;

import cn.batterycarbon.declaration.DeclarationNotices;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.supplier.domain.DataRequest;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a declaration's page: a supplier corrected a footprint the declaration uses (take it and
 * recalculate in one click), and the link to the supply-chain trace.
 */
@Component
@Transactional(readOnly = true)
class SupplierDeclarationNotices implements DeclarationNotices {

    private final DataRequestService requests;
    private final UpstreamRecordService records;

    SupplierDeclarationNotices(DataRequestService requests, UpstreamRecordService records) {
        this.requests = requests;
        this.records = records;
    }

    @Override
    public List<Notice> noticesFor(UUID declarationId, PlatformUser user) {
        return requests.acceptedForDeclaration(declarationId, user.organizationId()).stream()
                .map(r -> notice(r))
                .filter(Objects::nonNull)
                .toList();
    }

    private Notice notice(DataRequest request) {
        UUID correction = requests.correctionOf(request);
        if (correction == null) {
            return null;
        }
        var record = records.find(correction).orElseThrow();
        return new Notice(
                "supplier.notice.correction",
                List.of(
                        request.getMaterial(),
                        records.organizationName(
                                request.getSupplierId(),
                                org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                        String.valueOf(record.getRevision()),
                        record.getPcfKgCo2e().stripTrailingZeros().toPlainString() + " kgCO2e/"
                                + record.getDeclaredUnit()),
                "/supply-chain/requests/" + request.getId() + "/take-correction",
                "supplier.notice.takeCorrection");
    }

    @Override
    public Link linkFor(UUID declarationId) {
        return new Link("/supply-chain/declarations/" + declarationId + "/trace", "supplier.trace.link");
    }
}
