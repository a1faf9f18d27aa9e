package cn.batterycarbon.verification;

import cn.batterycarbon.declaration.DeclarationStatus;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.DeclarationWorkflow;
import cn.batterycarbon.declaration.DeclarationWorkflow.SubmittedDeclaration;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.WorkflowActor;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.OrganizationDirectory.OrganizationSummary;
import cn.batterycarbon.organization.OrganizationDirectory.UserSummary;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent.Change;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.verification.domain.VerificationRecords;
import cn.batterycarbon.verification.domain.VerificationRecords.AttachmentContent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification of declarations: who sees a declaration at an agency (the manufacturer owning
 * it, the agency's leads, the verifiers assigned, regulators), and every step from submission to
 * approval. The declaration's state changes go through {@link DeclarationWorkflow}, whose
 * aggregate checks role, organization, assignment and state.
 */
@Service
@Transactional(readOnly = true)
public class VerificationService implements DeclarationVerifiers {

    /** States in which a declaration is (or was) at an agency and regulators see it. */
    public static final Set<DeclarationStatus> AT_AGENCY = EnumSet.of(
            DeclarationStatus.SUBMITTED,
            DeclarationStatus.UNDER_VERIFICATION,
            DeclarationStatus.RETURNED,
            DeclarationStatus.APPROVED,
            DeclarationStatus.CERTIFIED,
            DeclarationStatus.REVOKED,
            DeclarationStatus.SUPERSEDED);

    /** What the user may do with a declaration in verification. */
    public record Access(
            DeclarationView declaration, boolean owner, boolean lead, boolean assigned, boolean regulator) {

        public boolean verifies() {
            return lead || assigned;
        }

        public boolean underVerification() {
            return declaration.status() == DeclarationStatus.UNDER_VERIFICATION;
        }
    }

    /** What a verifier records as a finding. */
    public record NewFinding(
            Integer lineIndex, FindingSeverity severity, String text, String requestedCorrection, LocalDate dueDate) {}

    private final DeclarationWorkflow workflow;
    private final VerificationRecords records;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    VerificationService(
            DeclarationWorkflow workflow,
            VerificationRecords records,
            OrganizationDirectory directory,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.workflow = workflow;
        this.records = records;
        this.directory = directory;
        this.events = events;
        this.json = json;
    }

    // ---- data-quality control measures ----

    public Optional<DataQualityMeasures> currentMeasures(PlatformUser user) {
        return records.currentMeasures(user.organizationId());
    }

    public List<DataQualityMeasures> measuresHistory(PlatformUser user) {
        return records.measuresHistory(user.organizationId());
    }

    public DataQualityMeasures measures(UUID id) {
        return records.measures(id).orElseThrow(NotFoundException::new);
    }

    /**
     * Records a new version of the organization's measures. The previous version's attachments are
     * carried over; new files are added (a file with the same name replaces the old one).
     */
    @Transactional
    public DataQualityMeasures reviseMeasures(
            PlatformUser user, DataQualityMeasures.Content content, List<DataQualityMeasures.NewAttachment> files) {
        requireText(content.dataSources(), "dataSources");
        requireText(content.metering(), "metering");
        requireText(content.responsibilities(), "responsibilities");
        requireText(content.checks(), "checks");
        requireText(content.recordKeeping(), "recordKeeping");
        Optional<DataQualityMeasures> previous = records.currentMeasures(user.organizationId());
        UUID id = UUID.randomUUID();
        Map<String, Object[]> attachments = new LinkedHashMap<>();
        previous.ifPresent(p -> p.attachments()
                .forEach(a -> attachments.put(a.fileName(), new Object[] {a, records.attachmentContent(a.id())})));
        for (DataQualityMeasures.NewAttachment file : files) {
            if (file.content().length == 0) {
                continue;
            }
            String name = file.fileName() == null || file.fileName().isBlank() ? "attachment" : file.fileName();
            attachments.put(name, new Object[] {
                new DataQualityMeasures.Attachment(
                        null, name, file.contentType(), file.content().length, sha256(file.content())),
                file.content()
            });
        }
        List<DataQualityMeasures.Attachment> saved = new ArrayList<>();
        for (Object[] a : attachments.values()) {
            DataQualityMeasures.Attachment at = (DataQualityMeasures.Attachment) a[0];
            saved.add(new DataQualityMeasures.Attachment(
                    UUID.randomUUID(), at.fileName(), at.contentType(), at.sizeBytes(), at.sha256()));
        }
        int version = previous.map(p -> p.version() + 1).orElse(1);
        StringBuilder canonical =
                new StringBuilder().append(user.organizationId()).append('\n').append(version);
        for (String part : List.of(
                content.dataSources(),
                content.metering(),
                content.responsibilities(),
                content.checks(),
                content.recordKeeping())) {
            canonical.append('\n').append(part.strip().replace("\n", "\\n"));
        }
        saved.forEach(
                a -> canonical.append('\n').append(a.fileName()).append(':').append(a.sha256()));
        DataQualityMeasures measures = new DataQualityMeasures(
                id,
                user.organizationId(),
                version,
                content.dataSources().strip(),
                content.metering().strip(),
                content.responsibilities().strip(),
                content.checks().strip(),
                content.recordKeeping().strip(),
                DeclarationWorkflow.sha256(canonical.toString()),
                clock.instant(),
                user.getUsername(),
                saved);
        records.insertMeasures(measures);
        int i = 0;
        for (Object[] a : attachments.values()) {
            records.insertAttachment(id, saved.get(i++), (byte[]) a[1]);
        }
        events.publishEvent(new VerificationRecorded(
                "verification.measuresRevised",
                "DATA_QUALITY_MEASURES",
                id,
                user.organizationId(),
                Map.of("version", Change.of(version - 1 == 0 ? null : version - 1, version))));
        return measures;
    }

    /**
     * An attachment of data-quality measures: for the owning organization, regulators, and
     * agencies a package referring to those measures was submitted to.
     */
    public AttachmentContent attachment(UUID id, PlatformUser user) {
        AttachmentContent content = records.attachment(id).orElseThrow(NotFoundException::new);
        if (user.belongsTo(content.organizationId()) || user.hasRole(Role.REGULATOR)) {
            return content;
        }
        if (user.hasRole(Role.VERIFIER) || user.hasRole(Role.VERIFICATION_LEAD)) {
            // an agency sees the attachments of measures in packages submitted to it
            boolean submittedToAgency = workflow.atAgency(user.organizationId(), AT_AGENCY).stream()
                    .filter(d -> d.organizationId().equals(content.organizationId()))
                    .anyMatch(d -> records.submissions(d.id()).stream()
                            .anyMatch(s -> measures(s.measuresId()).attachments().stream()
                                    .anyMatch(a -> a.id().equals(id))));
            if (submittedToAgency) {
                return content;
            }
        }
        throw new NotFoundException();
    }

    // ---- submission ----

    public List<OrganizationSummary> agencies() {
        return directory.ofType(OrganizationType.VERIFICATION_AGENCY);
    }

    /**
     * Submits a calculated declaration to an agency and freezes the package: the declaration and
     * its lines, the calculation, the data-quality measures in force and the evidence list, each
     * with its SHA-256 fingerprint.
     */
    @Transactional
    public Submission submit(UUID declarationId, UUID agencyId, PlatformUser user) {
        ownDeclaration(declarationId, user);
        OrganizationSummary agency =
                agencyId == null ? null : directory.find(agencyId).orElse(null);
        if (agency == null || agency.type() != OrganizationType.VERIFICATION_AGENCY) {
            throw new DomainException("verification.agency.unknown");
        }
        DataQualityMeasures measures = records.currentMeasures(user.organizationId())
                .orElseThrow(() -> new DomainException("verification.measures.missing"));
        boolean resumed = !records.assignees(declarationId).isEmpty();
        SubmittedDeclaration submitted = workflow.submit(declarationId, user, agencyId, resumed);
        DeclarationView declaration = submitted.declaration();
        List<Submission.EvidenceItem> evidence = evidence(measures, submitted.lines());
        String evidenceJson = json.writeValueAsString(evidence);
        String linesJson = json.writeValueAsString(submitted.lines());
        String evidenceFingerprint = DeclarationWorkflow.sha256(evidenceJson);
        String packageFingerprint = DeclarationWorkflow.sha256(String.join(
                "\n",
                declaration.id().toString(),
                Integer.toString(declaration.revision()),
                submitted.calculationFingerprint(),
                measures.fingerprint(),
                evidenceFingerprint,
                DeclarationWorkflow.sha256(linesJson)));
        Submission submission = new Submission(
                UUID.randomUUID(),
                declaration.id(),
                declaration.revision(),
                declaration.organizationId(),
                agencyId,
                clock.instant(),
                user.getUsername(),
                declaration,
                submitted.lines(),
                declaration.result(),
                submitted.calculationId(),
                submitted.calculationFingerprint(),
                measures.id(),
                measures.fingerprint(),
                evidence,
                evidenceFingerprint,
                packageFingerprint);
        records.insertSubmission(
                submission, json.writeValueAsString(declaration), linesJson, submitted.calculationJson());
        return submission;
    }

    private static List<Submission.EvidenceItem> evidence(DataQualityMeasures measures, List<LineData> lines) {
        List<Submission.EvidenceItem> items = new ArrayList<>();
        measures.attachments()
                .forEach(a -> items.add(new Submission.EvidenceItem("MEASURES_ATTACHMENT", a.fileName(), a.sha256())));
        for (LineData line : lines) {
            if (line.certificateIds() != null && !line.certificateIds().isBlank()) {
                for (String id : line.certificateIds().split(",")) {
                    items.add(new Submission.EvidenceItem("GREEN_CERTIFICATE", line.description(), id.strip()));
                }
            }
            if (line.factorCitation() != null && !line.factorCitation().isBlank()) {
                items.add(new Submission.EvidenceItem("FACTOR_CITATION", line.description(), line.factorCitation()));
            }
        }
        return items;
    }

    // ---- who sees what ----

    /** A declaration of the user's own organization (another organization's is not found). */
    public DeclarationView ownDeclaration(UUID id, PlatformUser user) {
        DeclarationView declaration = workflow.declaration(id);
        if (!user.belongsTo(declaration.organizationId())) {
            throw new NotFoundException();
        }
        return declaration;
    }

    /**
     * The user's access to a declaration in verification; another organization's declaration, or
     * one the user's agency was not given or the verifier is not assigned to, is not found.
     */
    public Access access(UUID declarationId, PlatformUser user) {
        DeclarationView declaration = workflow.declaration(declarationId);
        boolean atAgency = declaration.status().atAgency() || declaration.verificationAgencyId() != null;
        boolean owner = user.hasRole(Role.MANUFACTURER) && user.belongsTo(declaration.organizationId());
        boolean agencyMember =
                declaration.verificationAgencyId() != null && user.belongsTo(declaration.verificationAgencyId());
        boolean lead = agencyMember && user.hasRole(Role.VERIFICATION_LEAD);
        boolean assigned =
                agencyMember && user.hasRole(Role.VERIFIER) && records.isAssigned(declarationId, user.userId());
        boolean regulator = user.hasRole(Role.REGULATOR) && atAgency;
        if (!(owner && atAgency) && !lead && !assigned && !regulator) {
            throw new NotFoundException();
        }
        return new Access(declaration, owner, lead, assigned, regulator);
    }

    @Override
    public DeclarationView verifiedBy(UUID declarationId, PlatformUser user) {
        Access access = access(declarationId, user);
        if (!access.verifies()) {
            throw new NotFoundException();
        }
        return access.declaration();
    }

    /** The declarations in verification the user works on or oversees. */
    public List<DeclarationView> worklist(PlatformUser user) {
        List<DeclarationView> result = new ArrayList<>();
        if (user.hasRole(Role.REGULATOR)) {
            return workflow.inStatus(AT_AGENCY);
        }
        if (user.hasRole(Role.VERIFICATION_LEAD)) {
            result.addAll(workflow.atAgency(user.organizationId(), AT_AGENCY));
        } else if (user.hasRole(Role.VERIFIER)) {
            List<UUID> mine = records.assignedDeclarations(user.userId());
            workflow.atAgency(user.organizationId(), AT_AGENCY).stream()
                    .filter(d -> mine.contains(d.id()))
                    .forEach(result::add);
        }
        if (user.hasRole(Role.MANUFACTURER)) {
            workflow.ofOrganization(user.organizationId()).stream()
                    .filter(d -> d.verificationAgencyId() != null)
                    .forEach(result::add);
        }
        return result;
    }

    public List<Submission> submissions(Access access) {
        return records.submissions(access.declaration().id());
    }

    public Optional<Submission> submission(UUID declarationId, int revision) {
        return records.submission(declarationId, revision);
    }

    public String calculationJson(UUID declarationId, int revision) {
        return records.calculationJson(declarationId, revision);
    }

    public List<Finding> findings(Access access) {
        return records.findings(access.declaration().id());
    }

    /** Every finding of the declaration (for its verification report; no access check). */
    public List<Finding> findingsOf(UUID declarationId) {
        return records.findings(declarationId);
    }

    public List<VerificationStatement> statements(UUID declarationId) {
        return records.statements(declarationId);
    }

    public List<UserSummary> assignees(Access access) {
        return records.assignees(access.declaration().id()).stream()
                .map(id -> directory.user(id).orElseThrow())
                .toList();
    }

    /** The agency's verifiers a lead can assign. */
    public List<UserSummary> verifiersOf(UUID agencyId) {
        return directory.usersWithRole(agencyId, Role.VERIFIER);
    }

    public Optional<OrganizationSummary> organization(UUID id) {
        return directory.find(id);
    }

    // ---- the agency's work ----

    /** The agency's lead assigns one of its verifiers; the first assignment starts verification. */
    @Transactional
    public void assign(UUID declarationId, UUID verifierId, PlatformUser user) {
        Access access = access(declarationId, user);
        UserSummary verifier =
                verifierId == null ? null : directory.user(verifierId).orElse(null);
        if (verifier == null
                || !verifier.active()
                || !verifier.roles().contains(Role.VERIFIER)
                || !verifier.organizationId().equals(access.declaration().verificationAgencyId())) {
            throw new DomainException("verification.assign.notVerifier");
        }
        workflow.startVerification(declarationId, actor(user, access));
        if (records.assign(declarationId, verifierId, user.getUsername())) {
            events.publishEvent(new VerificationRecorded(
                    "verification.assigned",
                    "DECLARATION",
                    declarationId,
                    access.declaration().organizationId(),
                    Map.of("verifier", Change.created(verifier.username()))));
        }
    }

    @Transactional
    public Finding raiseFinding(UUID declarationId, NewFinding command, PlatformUser user) {
        Access access = access(declarationId, user);
        if (!access.verifies()) {
            throw new DomainException("declaration.transition.notAssigned");
        }
        if (!access.underVerification()) {
            throw new DomainException("verification.finding.notUnderVerification");
        }
        requireText(command.text(), "text");
        requireText(command.requestedCorrection(), "requestedCorrection");
        if (command.severity() == null) {
            throw new DomainException("verification.finding.severity.missing");
        }
        if (command.dueDate() == null || command.dueDate().isBefore(LocalDate.now(clock))) {
            throw new DomainException("verification.finding.dueDate.past");
        }
        String label = null;
        if (command.lineIndex() != null) {
            Submission current = records.submission(
                            declarationId, access.declaration().revision())
                    .orElseThrow();
            if (command.lineIndex() < 0
                    || command.lineIndex() >= current.lines().size()) {
                throw new DomainException("verification.finding.line.unknown");
            }
            LineData line = current.lines().get(command.lineIndex());
            label = line.stage().batteryPassName() + " · " + line.description();
        }
        Finding finding = new Finding(
                UUID.randomUUID(),
                declarationId,
                access.declaration().revision(),
                command.lineIndex(),
                label,
                command.severity(),
                command.text().strip(),
                command.requestedCorrection().strip(),
                command.dueDate(),
                user.getUsername(),
                clock.instant(),
                null,
                null,
                null);
        records.insertFinding(finding);
        events.publishEvent(new VerificationRecorded(
                "verification.findingRaised",
                "VERIFICATION_FINDING",
                finding.id(),
                access.declaration().organizationId(),
                Map.of("severity", Change.created(command.severity().name()))));
        return finding;
    }

    /** The manufacturer answers a finding (once). */
    @Transactional
    public void answer(UUID findingId, String response, PlatformUser user) {
        Finding finding = records.finding(findingId).orElseThrow(NotFoundException::new);
        Access access = access(finding.declarationId(), user);
        if (!access.owner()) {
            throw new DomainException("verification.answer.notOwner");
        }
        requireText(response, "response");
        if (!records.answer(findingId, response.strip(), user.getUsername())) {
            throw new DomainException("verification.answer.already");
        }
        events.publishEvent(new VerificationRecorded(
                "verification.findingAnswered",
                "VERIFICATION_FINDING",
                findingId,
                finding.declarationId().equals(access.declaration().id())
                        ? access.declaration().organizationId()
                        : null,
                Map.of("response", Change.created(response.strip()))));
    }

    /** Sends the declaration back for correction: it becomes an editable new revision. */
    @Transactional
    public DeclarationView returnForCorrection(UUID declarationId, PlatformUser user) {
        Access access = access(declarationId, user);
        return workflow.returnForCorrection(declarationId, actor(user, access));
    }

    /**
     * Approves the declaration with a verification statement. Major findings of this revision must
     * have been answered. The certificate is issued in the same transaction (certificate module).
     */
    @Transactional
    public VerificationStatement approve(UUID declarationId, VerificationStatement.Content content, PlatformUser user) {
        Access access = access(declarationId, user);
        requireText(content.scope(), "scope");
        requireText(content.materiality(), "materiality");
        requireText(content.standard(), "standard");
        requireText(content.conclusion(), "conclusion");
        if (content.assuranceLevel() == null) {
            throw new DomainException("verification.statement.assurance.missing");
        }
        DeclarationView approved = workflow.approve(declarationId, actor(user, access));
        boolean openMajor = records.findings(declarationId).stream()
                .anyMatch(f ->
                        f.revision() == approved.revision() && f.severity() == FindingSeverity.MAJOR && !f.answered());
        if (openMajor) {
            throw new DomainException("verification.approve.openFindings");
        }
        VerificationStatement statement = new VerificationStatement(
                UUID.randomUUID(),
                declarationId,
                approved.revision(),
                content.scope().strip(),
                content.materiality().strip(),
                content.assuranceLevel(),
                content.standard().strip(),
                content.conclusion().strip(),
                user.displayName(),
                clock.instant());
        records.insertStatement(statement, user.getUsername());
        events.publishEvent(new DeclarationApproved(
                declarationId,
                approved.organizationId(),
                approved.verificationAgencyId(),
                approved.revision(),
                statement.id(),
                user.displayName()));
        return statement;
    }

    /** Starts the next revision of a certified declaration; its approval supersedes the certificate. */
    @Transactional
    public DeclarationView startNextRevision(UUID declarationId, PlatformUser user) {
        return workflow.startNextRevision(declarationId, user);
    }

    // ---- changes between submissions ----

    /** What changed from the previous submission to this one: settings, lines and the result. */
    public static List<PackageChange> changes(Submission previous, Submission current) {
        List<PackageChange> changes = new ArrayList<>();
        DeclarationView a = previous.declaration();
        DeclarationView b = current.declaration();
        setting(changes, "productionVolume", a.productionVolume(), b.productionVolume());
        setting(changes, "periodStart", a.periodStart(), b.periodStart());
        setting(changes, "periodEnd", a.periodEnd(), b.periodEnd());
        setting(changes, "functionalUnitMethod", a.functionalUnitMethod(), b.functionalUnitMethod());
        setting(changes, "electricityRule", a.electricityRule(), b.electricityRule());
        setting(changes, "factorReleaseCode", a.factorReleaseCode(), b.factorReleaseCode());
        Map<String, LineData> before = keyed(previous.lines());
        Map<String, LineData> after = keyed(current.lines());
        for (Map.Entry<String, LineData> e : before.entrySet()) {
            LineData now = after.get(e.getKey());
            if (now == null) {
                changes.add(new PackageChange("REMOVED", label(e.getValue()), null, describe(e.getValue()), null));
            } else {
                lineField(changes, e.getValue(), "quantity", plain(e.getValue().quantity()), plain(now.quantity()));
                lineField(changes, e.getValue(), "unit", e.getValue().unit(), now.unit());
                lineField(changes, e.getValue(), "factorCode", e.getValue().factorCode(), now.factorCode());
                lineField(
                        changes,
                        e.getValue(),
                        "factorValue",
                        plain(e.getValue().factorValue()),
                        plain(now.factorValue()));
                lineField(changes, e.getValue(), "factorUnit", e.getValue().factorUnit(), now.factorUnit());
                lineField(
                        changes,
                        e.getValue(),
                        "electricitySupply",
                        Objects.toString(e.getValue().electricitySupply(), null),
                        Objects.toString(now.electricitySupply(), null));
                lineField(changes, e.getValue(), "certificateIds", e.getValue().certificateIds(), now.certificateIds());
                lineField(
                        changes,
                        e.getValue(),
                        "recycledShare",
                        plain(e.getValue().recycledShare()),
                        plain(now.recycledShare()));
                lineField(
                        changes, e.getValue(), "distanceKm", plain(e.getValue().distanceKm()), plain(now.distanceKm()));
                lineField(changes, e.getValue(), "massKg", plain(e.getValue().massKg()), plain(now.massKg()));
            }
        }
        for (Map.Entry<String, LineData> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new PackageChange("ADDED", label(e.getValue()), null, null, describe(e.getValue())));
            }
        }
        if (previous.calculation() != null && current.calculation() != null) {
            setting(
                    changes,
                    "totalKgCo2ePerKwh",
                    plain(previous.calculation().totalKgCo2ePerKwh()),
                    plain(current.calculation().totalKgCo2ePerKwh()));
        }
        setting(changes, "measuresVersion", previous.measuresFingerprint(), current.measuresFingerprint());
        return changes;
    }

    private static Map<String, LineData> keyed(List<LineData> lines) {
        Map<String, LineData> keyed = new LinkedHashMap<>();
        for (LineData line : lines) {
            String key = line.stage() + "|" + line.category() + "|" + line.description();
            String unique = key;
            for (int n = 2; keyed.containsKey(unique); n++) {
                unique = key + "#" + n;
            }
            keyed.put(unique, line);
        }
        return keyed;
    }

    private static void setting(List<PackageChange> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new PackageChange(
                    "SETTING", name, name, Objects.toString(before, null), Objects.toString(after, null)));
        }
    }

    private static void lineField(
            List<PackageChange> changes, LineData line, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new PackageChange("CHANGED", label(line), field, before, after));
        }
    }

    private static String label(LineData line) {
        return line.stage().batteryPassName() + " · " + line.description();
    }

    private static String describe(LineData line) {
        return plain(line.quantity()) + " " + line.unit();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    // ---- helpers ----

    private WorkflowActor actor(PlatformUser user, Access access) {
        return WorkflowActor.of(user, access.assigned());
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new DomainException("verification.required." + field);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant now(Clock clock) {
        return clock.instant();
    }
}
