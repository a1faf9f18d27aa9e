package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification workflow of declarations as other modules drive it (the verification and
 * certificate modules). Each transition locks the declaration row, so two verifiers approving at
 * once are serialized and the second finds it no longer under verification; the aggregate checks
 * role, organization, assignment and state. Reads here do not check visibility: the calling module
 * decides who may see what (assignment, agency, regulator).
 */
@Service
@Transactional(readOnly = true)
public class DeclarationWorkflow {

    /**
     * What a submission freezes: the declaration as submitted, its lines and the stored calculation
     * with its SHA-256 fingerprint.
     */
    public record SubmittedDeclaration(
            DeclarationView declaration,
            List<LineData> lines,
            UUID calculationId,
            String calculationJson,
            String calculationFingerprint) {}

    private final Declarations declarations;
    private final ActivityLineStore lines;
    private final DeclarationService service;
    private final CalculationRecords records;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    DeclarationWorkflow(
            Declarations declarations,
            ActivityLineStore lines,
            DeclarationService service,
            CalculationRecords records,
            ApplicationEventPublisher events) {
        this.declarations = declarations;
        this.lines = lines;
        this.service = service;
        this.records = records;
        this.events = events;
    }

    /** Submits a calculated declaration of the user's organization to a verification agency. */
    @Transactional
    public SubmittedDeclaration submit(UUID id, PlatformUser user, UUID agencyId, boolean verifiersAssigned) {
        Declaration declaration = locked(id);
        TenantGuard.requireVisible(declaration, declaration.getOrganizationId(), user);
        DeclarationStatus before = declaration.getStatus();
        declaration.submit(WorkflowActor.of(user, false), agencyId, verifiersAssigned);
        declarations.saveAndFlush(declaration);
        events.publishEvent(new DeclarationEvents.DeclarationSubmitted(
                id,
                declaration.getOrganizationId(),
                cn.batterycarbon.platform.events.Changes.of("status", before, declaration.getStatus())));
        DeclarationView view = service.viewOfAnyOrganization(declaration);
        UUID calculationId = declaration.getCurrentCalculationId();
        if (calculationId == null) {
            // submitted before calculation records existed (V51): the stored result as it is
            String json = declaration.getResultJson();
            return new SubmittedDeclaration(view, lines(id), null, json, sha256(json));
        }
        CalculationRecord record = records.find(calculationId).orElseThrow();
        return new SubmittedDeclaration(view, lines(id), record.id(), record.resultJson(), record.fingerprint());
    }

    @Transactional
    public DeclarationView startVerification(UUID id, WorkflowActor actor) {
        return transition(id, "declaration.verificationStarted", d -> d.startVerification(actor));
    }

    @Transactional
    public DeclarationView returnForCorrection(UUID id, WorkflowActor actor) {
        return transition(id, "declaration.returned", d -> d.returnForCorrection(actor));
    }

    @Transactional
    public DeclarationView approve(UUID id, WorkflowActor actor) {
        return transition(id, "declaration.approved", d -> d.approve(actor));
    }

    @Transactional
    public DeclarationView certify(UUID id) {
        return transition(id, "declaration.certified", Declaration::certify);
    }

    @Transactional
    public DeclarationView revoke(UUID id, WorkflowActor actor) {
        return transition(id, "declaration.revoked", d -> d.revoke(actor));
    }

    @Transactional
    public DeclarationView supersede(UUID id) {
        return transition(id, "declaration.superseded", Declaration::supersede);
    }

    /** A new editable declaration as the next revision of a certified one, with a copy of its lines. */
    @Transactional
    public DeclarationView startNextRevision(UUID id, PlatformUser user) {
        Declaration current = locked(id);
        TenantGuard.requireVisible(current, current.getOrganizationId(), user);
        Declaration next = declarations.saveAndFlush(current.nextRevision(
                WorkflowActor.of(user, false),
                Declaration.number(
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .getYear(),
                        declarations.nextNumber())));
        List<StoredLine> copies = lines.linesOf(id).stream()
                .map(l -> new StoredLine(UUID.randomUUID(), next.getId(), l.position(), l.data()))
                .toList();
        lines.insert(copies);
        events.publishEvent(new DeclarationStatusChanged(
                next.getId(),
                next.getOrganizationId(),
                "declaration.revisionStarted",
                null,
                DeclarationStatus.DRAFT,
                next.getRevision()));
        return service.viewOfAnyOrganization(next);
    }

    public DeclarationView declaration(UUID id) {
        return service.viewOfAnyOrganization(declarations.findById(id).orElseThrow(NotFoundException::new));
    }

    public List<LineData> lines(UUID id) {
        return lines.linesOf(id).stream().map(StoredLine::data).toList();
    }

    /** Declarations submitted to an agency in one of the given states, latest change first. */
    public List<DeclarationView> atAgency(UUID agencyId, Collection<DeclarationStatus> statuses) {
        return declarations.findByVerificationAgencyIdAndStatusInOrderByUpdatedAtDesc(agencyId, statuses).stream()
                .map(service::viewOfAnyOrganization)
                .toList();
    }

    /** Every organization's declarations in the given states (regulators). */
    public List<DeclarationView> inStatus(Collection<DeclarationStatus> statuses) {
        return declarations.findByStatusInOrderByUpdatedAtDesc(statuses).stream()
                .map(service::viewOfAnyOrganization)
                .toList();
    }

    /** The organization's own declarations that went to an agency (any state but never submitted). */
    public List<DeclarationView> ofOrganization(UUID organizationId) {
        return declarations.findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(organizationId).stream()
                .map(service::viewOfAnyOrganization)
                .toList();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeclarationView transition(UUID id, String action, Consumer<Declaration> change) {
        Declaration declaration = locked(id);
        DeclarationStatus before = declaration.getStatus();
        change.accept(declaration);
        declarations.saveAndFlush(declaration);
        if (before != declaration.getStatus()) {
            publish(declaration, before, action);
        }
        return service.viewOfAnyOrganization(declaration);
    }

    private Declaration locked(UUID id) {
        if (id == null) {
            throw new DomainException("declaration.unknown");
        }
        Declaration declaration = declarations.findById(id).orElseThrow(NotFoundException::new);
        // re-read under a row lock: an approval running at the same time waits here and then sees
        // the state the other one committed (also when this transaction had read the row before)
        entityManager.refresh(declaration, LockModeType.PESSIMISTIC_WRITE);
        return declaration;
    }

    private void publish(Declaration declaration, DeclarationStatus before, String action) {
        events.publishEvent(new DeclarationStatusChanged(
                declaration.getId(),
                declaration.getOrganizationId(),
                action,
                before,
                declaration.getStatus(),
                declaration.getRevision()));
    }
}
