package cn.batterycarbon.supplier;

import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.supplier.RecordView.EvidenceView;
import cn.batterycarbon.supplier.RecordView.UpstreamRef;
import cn.batterycarbon.supplier.SupplierEvents.RecordChanged;
import cn.batterycarbon.supplier.SupplierEvents.RecordCorrected;
import cn.batterycarbon.supplier.domain.DataRequest;
import cn.batterycarbon.supplier.domain.DataRequests;
import cn.batterycarbon.supplier.domain.EvidenceFile;
import cn.batterycarbon.supplier.domain.EvidenceFiles;
import cn.batterycarbon.supplier.domain.UpstreamLinks;
import cn.batterycarbon.supplier.domain.UpstreamRecord;
import cn.batterycarbon.supplier.domain.UpstreamRecords;
import cn.batterycarbon.verification.DeclarationVerifiers;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upstream footprint records: the supplier's own (full view), and those a requester may see
 * through a request they sent or through a visible downstream record (only the disclosed fields).
 * Anyone else gets 404. Evidence is stored in the {@link EvidenceStore}, checked on the way in
 * (type from content, size) and on every way out (SHA-256).
 */
@Service
@Transactional(readOnly = true)
public class UpstreamRecordService {

    /** How deep visibility and trees follow upstream links (chains are acyclic; this bounds cost). */
    static final int MAX_DEPTH = 12;

    /** A file to attach. */
    public record Upload(String fileName, byte[] content) {}

    /** A downloaded evidence file, its SHA-256 verified. */
    public record Download(String fileName, String mediaType, byte[] content, String sha256) {}

    private final UpstreamRecords records;
    private final EvidenceFiles evidence;
    private final UpstreamLinks links;
    private final DataRequests requests;
    private final EvidenceStore store;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final DeclarationVerifiers verifiers;
    private final long maxEvidenceBytes;

    UpstreamRecordService(
            UpstreamRecords records,
            EvidenceFiles evidence,
            UpstreamLinks links,
            DataRequests requests,
            EvidenceStore store,
            OrganizationDirectory organizations,
            ApplicationEventPublisher events,
            DeclarationVerifiers verifiers,
            @Value("${bcf.evidence.max-file-size:10MB}") org.springframework.util.unit.DataSize maxEvidence) {
        this.records = records;
        this.evidence = evidence;
        this.links = links;
        this.requests = requests;
        this.store = store;
        this.organizations = organizations;
        this.events = events;
        this.verifiers = verifiers;
        this.maxEvidenceBytes = maxEvidence.toBytes();
    }

    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    /** The caller's organization's own records, newest version first within a product. */
    public List<RecordView> ownRecords(PlatformUser user) {
        return records.findByOrganizationIdOrderByProductNameAscRevisionDesc(user.organizationId()).stream()
                .map(r -> view(r, user, Access.OWNER))
                .toList();
    }

    /** Records the caller may link as upstream: its own latest versions and answers to its requests. */
    public List<RecordView> linkable(PlatformUser user) {
        List<RecordView> result = new ArrayList<>();
        records.findByOrganizationIdOrderByProductNameAscRevisionDesc(user.organizationId()).stream()
                .filter(r -> r.getSupersededBy() == null)
                .forEach(r -> result.add(view(r, user, Access.OWNER)));
        requests.findByRequesterIdOrderByCreatedAtDesc(user.organizationId()).stream()
                .filter(q -> q.getAnswerRecordId() != null)
                .map(q -> records.findById(q.getAnswerRecordId()).orElse(null))
                .filter(r -> r != null)
                .distinct()
                .forEach(r -> result.add(view(r, user, access(r, user).orElseThrow())));
        return result;
    }

    public RecordView record(UUID id, PlatformUser user) {
        UpstreamRecord record = records.findById(id).orElseThrow(NotFoundException::new);
        return view(record, user, access(record, user).orElseThrow(NotFoundException::new));
    }

    /** Every version of the record's series the caller may see, oldest first. */
    public List<RecordView> versions(UUID id, PlatformUser user) {
        UpstreamRecord record = records.findById(id).orElseThrow(NotFoundException::new);
        Access access = access(record, user).orElseThrow(NotFoundException::new);
        return records.findBySeriesIdOrderByRevision(record.getSeriesId()).stream()
                .map(r -> view(r, user, access))
                .toList();
    }

    @Transactional
    public RecordView create(PlatformUser user, RecordInput input, Disclosure disclosure, List<Upload> files) {
        RecordData data = RecordValidator.validate(input);
        List<Checked> checked = check(files);
        UpstreamRecord record = records.saveAndFlush(new UpstreamRecord(user.organizationId(), data, disclosure));
        store(record.getId(), checked, user);
        events.publishEvent(RecordChanged.created(record.getId(), user.organizationId(), record.getRevision()));
        if (!checked.isEmpty()) {
            events.publishEvent(RecordChanged.evidenceAdded(record.getId(), user.organizationId(), checked.size()));
        }
        return view(record, user, Access.OWNER);
    }

    /**
     * Publishes a correction of the latest version: a new version with the given figures, the same
     * upstream links, evidence and disclosure (more evidence can be added). Every organization
     * whose accepted request uses the series is told.
     */
    @Transactional
    public RecordView correct(UUID id, PlatformUser user, RecordInput input, String note, List<Upload> files) {
        UpstreamRecord old = own(id, user);
        RecordData data = RecordValidator.validate(input);
        List<Checked> checked = check(files);
        UpstreamRecord next = records.saveAndFlush(old.correct(data, note));
        records.saveAndFlush(old);
        for (UUID upstream : links.upstreamOf(old.getId())) {
            links.link(next.getId(), upstream);
        }
        evidence.findByRecordIdOrderByCreatedAt(old.getId()).forEach(f -> evidence.save(f.copyTo(next.getId())));
        store(next.getId(), checked, user);
        events.publishEvent(
                RecordChanged.corrected(next.getId(), user.organizationId(), old.getId(), next.getRevision()));
        if (!checked.isEmpty()) {
            events.publishEvent(RecordChanged.evidenceAdded(next.getId(), user.organizationId(), checked.size()));
        }
        Set<UUID> seriesIds = seriesIds(old);
        Set<UUID> notified = new LinkedHashSet<>();
        for (DataRequest request : requests.findByAnswerRecordIdIn(seriesIds)) {
            if (notified.add(request.getRequesterId())) {
                events.publishEvent(new RecordCorrected(
                        old.getId(),
                        next.getId(),
                        user.organizationId(),
                        request.getRequesterId(),
                        next.getProductName(),
                        next.getRevision()));
            }
        }
        return view(next, user, Access.OWNER);
    }

    @Transactional
    public RecordView disclose(UUID id, PlatformUser user, Disclosure disclosure) {
        UpstreamRecord record = own(id, user);
        Disclosure before = record.disclosure();
        record.disclose(disclosure);
        UpstreamRecord saved = records.saveAndFlush(record);
        if (!before.equals(saved.disclosure())) {
            events.publishEvent(RecordChanged.disclosed(id, user.organizationId(), before, saved.disclosure()));
        }
        return view(saved, user, Access.OWNER);
    }

    @Transactional
    public RecordView addEvidence(UUID id, PlatformUser user, List<Upload> files) {
        UpstreamRecord record = own(id, user);
        if (record.getSupersededBy() != null) {
            throw new DomainException("supplier.record.correction.notLatest");
        }
        List<Checked> checked = check(files);
        if (checked.isEmpty()) {
            throw new DomainException("supplier.evidence.none");
        }
        store(id, checked, user);
        events.publishEvent(RecordChanged.evidenceAdded(id, user.organizationId(), checked.size()));
        return view(record, user, Access.OWNER);
    }

    /**
     * Attaches an upstream record (the caller's own, or one answering a request the caller sent).
     * A link that would close a cycle is refused, naming both records.
     */
    @Transactional
    public RecordView linkUpstream(UUID id, PlatformUser user, UUID upstreamId) {
        UpstreamRecord record = own(id, user);
        UpstreamRecord upstream = records.findById(upstreamId).orElseThrow(NotFoundException::new);
        if (access(upstream, user).isEmpty()) {
            throw new NotFoundException();
        }
        if (upstreamId.equals(id) || links.reaches(upstreamId, id)) {
            throw new DomainException("supplier.record.cycle", upstream.getProductName(), record.getProductName());
        }
        if (!links.exists(id, upstreamId)) {
            links.link(id, upstreamId);
            events.publishEvent(RecordChanged.linked(id, user.organizationId(), upstreamId));
        }
        return view(record, user, Access.OWNER);
    }

    /**
     * An evidence file's content, if the caller may see the record and its evidence. The SHA-256
     * recorded at upload is checked: a mismatch is refused, naming the file.
     */
    public Download download(UUID fileId, PlatformUser user) {
        EvidenceFile file = evidence.findById(fileId).orElseThrow(NotFoundException::new);
        UpstreamRecord record = records.findById(file.getRecordId()).orElseThrow(NotFoundException::new);
        return download(file, record, access(record, user).orElseThrow(NotFoundException::new));
    }

    // ---- verifiers of a declaration ----

    /**
     * A record behind the lines of a declaration the user verifies (the accepted answers and their
     * upstream chains), shown as the supplier lets verifiers see it: everything when the supplier
     * granted {@link Disclosure#verifierFullAccess()}, otherwise what the declaring manufacturer
     * sees. Any other record, or a declaration the user does not verify, is not found.
     */
    public RecordView recordForVerifier(UUID declarationId, UUID recordId, PlatformUser user) {
        UUID declarant = verifiers.verifiedBy(declarationId, user).organizationId();
        if (!usedByDeclaration(declarationId, declarant).contains(recordId)) {
            throw new NotFoundException();
        }
        UpstreamRecord record = records.findById(recordId).orElseThrow(NotFoundException::new);
        return view(record, user, verifierAccess(record, declarant).orElseThrow(NotFoundException::new));
    }

    /** An evidence file of such a record, if the verifier may see the record's evidence. */
    public Download downloadForVerifier(UUID declarationId, UUID fileId, PlatformUser user) {
        UUID declarant = verifiers.verifiedBy(declarationId, user).organizationId();
        EvidenceFile file = evidence.findById(fileId).orElseThrow(NotFoundException::new);
        if (!usedByDeclaration(declarationId, declarant).contains(file.getRecordId())) {
            throw new NotFoundException();
        }
        UpstreamRecord record = records.findById(file.getRecordId()).orElseThrow(NotFoundException::new);
        return download(file, record, verifierAccess(record, declarant).orElseThrow(NotFoundException::new));
    }

    private Download download(EvidenceFile file, UpstreamRecord record, Access access) {
        if (hidden(record, access).contains(RecordView.EVIDENCE)) {
            throw new NotFoundException();
        }
        byte[] content;
        try {
            content = store.get(file.getStorageKey());
        } catch (java.io.UncheckedIOException e) {
            throw new DomainException("supplier.evidence.missing", file.getFileName());
        }
        String sha = sha256(content);
        if (!sha.equals(file.getSha256())) {
            throw new DomainException("supplier.evidence.tampered", file.getFileName());
        }
        return new Download(file.getFileName(), file.getMediaType(), content, sha);
    }

    /** The records accepted into the declaration's lines and everything upstream of them. */
    private Set<UUID> usedByDeclaration(UUID declarationId, UUID declarant) {
        Set<UUID> used = new LinkedHashSet<>();
        for (DataRequest request : requests.findByDeclarationIdOrderByCreatedAt(declarationId)) {
            if (request.getRequesterId().equals(declarant)
                    && request.getStatus() == RequestStatus.ACCEPTED
                    && request.getAnswerRecordId() != null) {
                collectUpstream(request.getAnswerRecordId(), used, 0);
            }
        }
        return used;
    }

    private void collectUpstream(UUID id, Set<UUID> into, int depth) {
        if (depth > MAX_DEPTH || !into.add(id)) {
            return;
        }
        for (UUID upstream : links.upstreamOf(id)) {
            collectUpstream(upstream, into, depth + 1);
        }
    }

    /**
     * How a verifier of a declaration sees a record the declaration uses: everything if the
     * supplier grants verifiers full access, else as the declaring manufacturer sees it.
     */
    Optional<Access> verifierAccess(UpstreamRecord record, UUID declarant) {
        Optional<Access> declarantAccess = access(record, declarant, 0);
        if (declarantAccess.isEmpty()) {
            return declarantAccess;
        }
        boolean full = record.disclosure().verifierFullAccess() || declarantAccess.get() == Access.OWNER;
        return full ? Optional.of(Access.VERIFIER) : declarantAccess;
    }

    // ---- shared within the module ----

    /** How a viewer reaches a record. */
    enum Access {
        /** The supplier's own users. */
        OWNER,
        /** Through a request they sent: disclosed fields. */
        REQUESTER,
        /** Through a downstream record whose supplier does not disclose upstream names. */
        CHAIN_ANONYMOUS,
        /** Through a downstream record that discloses upstream names. */
        CHAIN_NAMED,
        /** A verifier of a declaration using the record, which the supplier lets verifiers see in full. */
        VERIFIER
    }

    Optional<Access> access(UpstreamRecord record, PlatformUser user) {
        return access(record, user.organizationId(), 0);
    }

    private Optional<Access> access(UpstreamRecord record, UUID org, int depth) {
        if (record.getOrganizationId().equals(org)) {
            return Optional.of(Access.OWNER);
        }
        if (requests.existsByRequesterIdAndAnswerRecordIdIn(org, seriesIds(record))) {
            return Optional.of(Access.REQUESTER);
        }
        if (depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        Access best = null;
        for (UUID downstreamId : links.downstreamOf(record.getId())) {
            UpstreamRecord downstream = records.findById(downstreamId).orElse(null);
            if (downstream == null) {
                continue;
            }
            Optional<Access> via = access(downstream, org, depth + 1);
            if (via.isPresent()) {
                boolean named = via.get() == Access.OWNER
                        || (downstream.disclosure().upstreamNames() && via.get() != Access.CHAIN_ANONYMOUS);
                if (named) {
                    return Optional.of(via.get() == Access.OWNER ? Access.REQUESTER : Access.CHAIN_NAMED);
                }
                best = Access.CHAIN_ANONYMOUS;
            }
        }
        return Optional.ofNullable(best);
    }

    RecordView view(UpstreamRecord record, PlatformUser user, Access access) {
        Set<String> hidden = hidden(record, access);
        RecordData data = mask(record.data(), hidden);
        List<EvidenceView> files = hidden.contains(RecordView.EVIDENCE)
                ? List.of()
                : evidence.findByRecordIdOrderByCreatedAt(record.getId()).stream()
                        .map(f -> new EvidenceView(
                                f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256()))
                        .toList();
        boolean namesUpstream = access == Access.OWNER || !hidden.contains(RecordView.UPSTREAM_NAMES);
        List<UpstreamRef> upstream = links.upstreamOf(record.getId()).stream()
                .map(uid -> records.findById(uid).orElse(null))
                .filter(u -> u != null)
                .map(u -> upstreamRef(u, user, namesUpstream))
                .toList();
        Locale locale = LocaleContextHolder.getLocale();
        String supplierName =
                access == Access.CHAIN_ANONYMOUS ? null : organizationName(record.getOrganizationId(), locale);
        if (access == Access.CHAIN_ANONYMOUS) {
            data = anonymous(data);
        }
        return new RecordView(
                record.getId(),
                record.getSeriesId(),
                record.getRevision(),
                record.getSupersededBy(),
                latest(record).getId(),
                record.getOrganizationId(),
                supplierName,
                access == Access.OWNER,
                data,
                access == Access.OWNER ? record.disclosure() : null,
                hidden,
                files,
                upstream,
                record.getCorrectionNote(),
                record.getCreatedAt(),
                access == Access.OWNER ? requests.countDeclarationsUsing(seriesIds(record)) : -1);
    }

    UpstreamRecord latest(UpstreamRecord record) {
        UpstreamRecord current = record;
        int guard = 0;
        while (current.getSupersededBy() != null && guard++ < 1000) {
            current = records.findById(current.getSupersededBy()).orElseThrow();
        }
        return current;
    }

    /** The declarations that accepted exactly this version of a record into one of their lines. */
    List<UUID> declarationsUsing(UpstreamRecord record) {
        return requests.declarationsUsing(List.of(record.getId()));
    }

    Optional<UpstreamRecord> find(UUID id) {
        return records.findById(id);
    }

    List<UUID> upstreamIds(UUID id) {
        return links.upstreamOf(id);
    }

    String organizationName(UUID id, Locale locale) {
        return organizations.find(id).map(o -> o.name(locale)).orElse("?");
    }

    private UpstreamRef upstreamRef(UpstreamRecord u, PlatformUser user, boolean named) {
        boolean own = u.getOrganizationId().equals(user.organizationId());
        boolean showNames = own || named;
        return new UpstreamRef(
                u.getId(),
                showNames ? organizationName(u.getOrganizationId(), LocaleContextHolder.getLocale()) : null,
                showNames ? u.getProductName() : null,
                u.getPcfKgCo2e(),
                u.getDeclaredUnit(),
                u.getRevision());
    }

    private static Set<String> hidden(UpstreamRecord record, Access access) {
        Set<String> hidden = new LinkedHashSet<>();
        if (access == Access.OWNER || access == Access.VERIFIER) {
            return hidden;
        }
        Disclosure d = record.disclosure();
        if (!d.breakdown()) {
            hidden.add(RecordView.BREAKDOWN);
        }
        if (!d.stages()) {
            hidden.add(RecordView.STAGES);
        }
        if (!d.upstreamNames()) {
            hidden.add(RecordView.UPSTREAM_NAMES);
        }
        if (!d.site()) {
            hidden.add(RecordView.SITE);
        }
        if (!d.evidence()) {
            hidden.add(RecordView.EVIDENCE);
        }
        return hidden;
    }

    private static RecordData mask(RecordData d, Set<String> hidden) {
        boolean breakdown = !hidden.contains(RecordView.BREAKDOWN);
        boolean stages = !hidden.contains(RecordView.STAGES);
        boolean site = !hidden.contains(RecordView.SITE);
        return new RecordData(
                d.productName(),
                d.productId(),
                d.customerPartNumber(),
                d.batteryCode(),
                d.declaredUnit(),
                d.pcfKgCo2e(),
                breakdown ? d.rawMaterialsKg() : null,
                breakdown ? d.processingKg() : null,
                breakdown ? d.transportKg() : null,
                stages ? d.stageRawMaterialKg() : null,
                stages ? d.stageProductionKg() : null,
                stages ? d.stageDistributionKg() : null,
                stages ? d.stageEndOfLifeKg() : null,
                stages ? d.absoluteKgCo2e() : null,
                d.primaryDataShare(),
                d.dqTechnological(),
                d.dqGeographical(),
                d.dqTemporal(),
                d.periodStart(),
                d.periodEnd(),
                site ? d.siteCountry() : null,
                site ? d.siteProvince() : null,
                site ? d.batches() : null,
                d.standard(),
                d.factorDatabase());
    }

    /** Reached through a supplier that keeps its suppliers' names: no product names or ids either. */
    private static RecordData anonymous(RecordData d) {
        return new RecordData(
                null,
                null,
                null,
                null,
                d.declaredUnit(),
                d.pcfKgCo2e(),
                d.rawMaterialsKg(),
                d.processingKg(),
                d.transportKg(),
                d.stageRawMaterialKg(),
                d.stageProductionKg(),
                d.stageDistributionKg(),
                d.stageEndOfLifeKg(),
                d.absoluteKgCo2e(),
                d.primaryDataShare(),
                d.dqTechnological(),
                d.dqGeographical(),
                d.dqTemporal(),
                d.periodStart(),
                d.periodEnd(),
                null,
                null,
                null,
                d.standard(),
                d.factorDatabase());
    }

    private UpstreamRecord own(UUID id, PlatformUser user) {
        UpstreamRecord record = records.findById(id).orElseThrow(NotFoundException::new);
        if (!record.getOrganizationId().equals(user.organizationId())) {
            throw new NotFoundException();
        }
        return record;
    }

    private Set<UUID> seriesIds(UpstreamRecord record) {
        Set<UUID> ids = new LinkedHashSet<>();
        records.findBySeriesIdOrderByRevision(record.getSeriesId()).forEach(r -> ids.add(r.getId()));
        ids.add(record.getId());
        return ids;
    }

    private record Checked(String fileName, String mediaType, byte[] content, String sha256) {}

    private List<Checked> check(List<Upload> files) {
        List<Checked> checked = new ArrayList<>();
        for (Upload file : files == null ? List.<Upload>of() : files) {
            if (file.content() == null
                    || (file.content().length == 0
                            && (file.fileName() == null || file.fileName().isBlank()))) {
                continue;
            }
            String name = safeName(file.fileName());
            String type = EvidenceTypes.check(name, file.content(), maxEvidenceBytes);
            checked.add(new Checked(name, type, file.content(), sha256(file.content())));
        }
        return checked;
    }

    private void store(UUID recordId, List<Checked> files, PlatformUser user) {
        for (Checked c : files) {
            String key = store.put(recordId, c.content());
            evidence.save(new EvidenceFile(
                    recordId, c.fileName(), c.mediaType(), c.content().length, c.sha256(), key, user.getUsername()));
        }
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "evidence";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
