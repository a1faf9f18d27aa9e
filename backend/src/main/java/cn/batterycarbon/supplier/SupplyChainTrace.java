package cn.batterycarbon.supplier;

import cn.batterycarbon.declaration.BillOfMaterials;
import cn.batterycarbon.declaration.BillOfMaterials.BomLine;
import cn.batterycarbon.declaration.BillOfMaterials.DeclarationLabel;
import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.supplier.domain.DataRequest;
import cn.batterycarbon.supplier.domain.UpstreamRecord;
import cn.batterycarbon.verification.DeclarationVerifiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply-chain tree of a declaration: its materials and components, the suppliers asked for
 * each, the record that answered and that record's upstream, as deep as it goes. Every node is
 * shown as the manufacturer may see it (the suppliers' disclosure applies).
 */
@Service
@Transactional(readOnly = true)
public class SupplyChainTrace {

    /** One node of the tree, in depth-first order. */
    public record Node(
            int depth,
            Kind kind,
            String label,
            String supplierName,
            String status,
            BigDecimal kgCo2e,
            String unit,
            String factorSource,
            BigDecimal primaryDataShare,
            String dataQuality,
            List<String> fingerprints,
            String verification,
            UUID recordId,
            Integer revision,
            boolean outdated) {}

    public enum Kind {
        MATERIAL,
        SUPPLIER,
        UPSTREAM
    }

    /** The tree of a declaration. */
    public record Trace(DeclarationLabel declaration, List<Node> nodes) {}

    private final BillOfMaterials bom;
    private final DataRequestService requests;
    private final UpstreamRecordService records;
    private final DeclarationVerifiers verifiers;
    private final DeclarationWorkflow workflow;

    SupplyChainTrace(
            BillOfMaterials bom,
            DataRequestService requests,
            UpstreamRecordService records,
            DeclarationVerifiers verifiers,
            DeclarationWorkflow workflow) {
        this.bom = bom;
        this.requests = requests;
        this.records = records;
        this.verifiers = verifiers;
        this.workflow = workflow;
    }

    /** The tree as the declaring manufacturer sees it. */
    public Trace trace(UUID declarationId, PlatformUser user) {
        return trace(
                bom.label(declarationId, user),
                bom.lines(declarationId, user),
                requests.acceptedForDeclaration(declarationId, user.organizationId()),
                record -> records.access(record, user),
                user);
    }

    /**
     * The tree as a verifier of the declaration sees it (an assigned verifier or the agency's lead;
     * anyone else gets 404): the records accepted into its lines and their upstream chains, each
     * in full where its supplier grants verifiers full access, else as the manufacturer sees it.
     */
    public Trace forVerifier(UUID declarationId, PlatformUser user) {
        DeclarationView declaration = verifiers.verifiedBy(declarationId, user);
        UUID declarant = declaration.organizationId();
        List<DataRequest> accepted = requests.acceptedForDeclaration(declarationId, declarant).stream()
                .filter(r -> r.getStatus() == RequestStatus.ACCEPTED)
                .toList();
        return trace(
                DeclarationLabel.of(declaration),
                bom.linesOfAnyOrganization(declarationId),
                accepted,
                record -> records.verifierAccess(record, declarant),
                user);
    }

    private Trace trace(
            DeclarationLabel label,
            List<BomLine> lines,
            List<DataRequest> asked,
            Function<UpstreamRecord, Optional<UpstreamRecordService.Access>> accessOf,
            PlatformUser user) {
        List<Node> nodes = new ArrayList<>();
        for (BomLine line : lines) {
            nodes.add(new Node(
                    0,
                    Kind.MATERIAL,
                    line.description(),
                    null,
                    null,
                    line.quantity(),
                    line.unit(),
                    line.factorSource() == null ? null : line.factorSource().name(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    false));
            for (DataRequest request : asked) {
                if (!line.lineId().equals(request.getLineId())) {
                    continue;
                }
                UUID answer = request.getAnswerRecordId();
                if (answer == null) {
                    nodes.add(new Node(
                            1,
                            Kind.SUPPLIER,
                            request.getMaterial(),
                            records.organizationName(request.getSupplierId(), localeOf()),
                            request.getStatus().name(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            null,
                            null,
                            false));
                    continue;
                }
                UpstreamRecord record = records.find(answer).orElse(null);
                if (record == null) {
                    continue;
                }
                addRecord(
                        nodes,
                        record,
                        accessOf,
                        user,
                        1,
                        Kind.SUPPLIER,
                        request.getStatus().name(),
                        Verification.NONE,
                        new LinkedHashSet<>());
            }
        }
        return new Trace(label, nodes);
    }

    private void addRecord(
            List<Node> nodes,
            UpstreamRecord record,
            Function<UpstreamRecord, Optional<UpstreamRecordService.Access>> accessOf,
            PlatformUser user,
            int depth,
            Kind kind,
            String status,
            Verification inherited,
            Set<UUID> seen) {
        if (!seen.add(record.getId()) || depth > UpstreamRecordService.MAX_DEPTH) {
            return;
        }
        var access = accessOf.apply(record);
        if (access.isEmpty()) {
            return;
        }
        RecordView view = records.view(record, user, access.get());
        Verification verification = inherited.atLeast(verificationOf(record));
        RecordData d = view.data();
        nodes.add(new Node(
                depth,
                kind,
                d.productName(),
                view.supplierName(),
                status,
                d.pcfKgCo2e(),
                d.declaredUnit(),
                null,
                d.primaryDataShare(),
                quality(d),
                view.evidence().stream().map(RecordView.EvidenceView::sha256).collect(Collectors.toList()),
                verification.messageKey,
                view.id(),
                view.revision(),
                !view.latest()));
        for (UUID upstreamId : records.upstreamIds(record.getId())) {
            records.find(upstreamId)
                    .ifPresent(u ->
                            addRecord(nodes, u, accessOf, user, depth + 1, Kind.UPSTREAM, null, verification, seen));
        }
    }

    /**
     * How far third-party verification has looked at this exact record version: it was part of the
     * data of a certified declaration, or of one at an agency now. An upstream record is as verified
     * as the record that brought it into a declaration (verifiers see the whole chain). Only the
     * state is shown, never which declarations or whose.
     */
    private Verification verificationOf(UpstreamRecord record) {
        Verification result = Verification.NONE;
        for (UUID declarationId : records.declarationsUsing(record)) {
            DeclarationStatus status = workflow.declaration(declarationId).status();
            if (status == DeclarationStatus.CERTIFIED) {
                return Verification.CERTIFIED;
            }
            if (status == DeclarationStatus.SUBMITTED
                    || status == DeclarationStatus.UNDER_VERIFICATION
                    || status == DeclarationStatus.APPROVED) {
                result = Verification.IN_VERIFICATION;
            }
        }
        return result;
    }

    /** A node's verification status, weakest first. */
    enum Verification {
        NONE("supplier.verification.none"),
        IN_VERIFICATION("supplier.verification.inVerification"),
        CERTIFIED("supplier.verification.certified");

        final String messageKey;

        Verification(String messageKey) {
            this.messageKey = messageKey;
        }

        Verification atLeast(Verification other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    private static String quality(RecordData d) {
        if (d.dqTechnological() == null && d.dqGeographical() == null && d.dqTemporal() == null) {
            return null;
        }
        return text(d.dqTechnological()) + " / " + text(d.dqGeographical()) + " / " + text(d.dqTemporal());
    }

    private static String text(BigDecimal v) {
        return v == null ? "–" : v.stripTrailingZeros().toPlainString();
    }

    private static java.util.Locale localeOf() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
