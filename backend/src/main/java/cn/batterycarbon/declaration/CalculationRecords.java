package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredCalculation;
import cn.batterycarbon.declaration.domain.StoredCalculations;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The immutable calculation records of declarations: the API other modules (verification,
 * certificates) read a record through, and the one place that writes them.
 */
@Service
@Transactional(readOnly = true)
public class CalculationRecords {

    private final StoredCalculations stored;
    private final Declarations declarations;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    CalculationRecords(
            StoredCalculations stored, Declarations declarations, ApplicationEventPublisher events, JsonMapper json) {
        this.stored = stored;
        this.declarations = declarations;
        this.events = events;
        // Decimals as JSON strings: the canonical form (RFC 8785) then keeps every digit.
        this.json =
                json.rebuild().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
    }

    /**
     * A record by id, whoever owns it: for modules that apply their own access rules (a verifier
     * assigned to the declaration, a regulator). Pages and APIs of this module use {@link
     * #record(UUID, int, PlatformUser)}.
     */
    public Optional<CalculationRecord> find(UUID calculationId) {
        return stored.findById(calculationId).map(this::view);
    }

    /** The latest record of a declaration, whoever owns it (see {@link #find(UUID)}). */
    public Optional<CalculationRecord> latestOf(UUID declarationId) {
        return stored.findByDeclarationIdOrderBySequenceDesc(declarationId).stream()
                .findFirst()
                .map(this::view);
    }

    /** A declaration's records, newest first; 404 for another organization's declaration. */
    public List<CalculationRecord> history(UUID declarationId, PlatformUser user) {
        visible(declarationId, user);
        return stored.findByDeclarationIdOrderBySequenceDesc(declarationId).stream()
                .map(this::view)
                .toList();
    }

    /** One record of a declaration by its sequence number; 404 for another organization's. */
    public CalculationRecord record(UUID declarationId, int sequence, PlatformUser user) {
        visible(declarationId, user);
        return stored.findByDeclarationIdAndSequence(declarationId, sequence)
                .map(this::view)
                .orElseThrow(NotFoundException::new);
    }

    /** What changed between two records of one declaration. */
    public CalculationChanges changes(UUID declarationId, int from, int to, PlatformUser user) {
        return CalculationChanges.between(record(declarationId, from, user), record(declarationId, to, user));
    }

    /**
     * Stores a calculation as the declaration's next record, points the declaration at it and
     * publishes {@link DeclarationCalculated}, all in the caller's transaction.
     */
    @Transactional
    CalculationRecord store(
            Declaration declaration, CalculationInputs inputs, CalculationSnapshot result, PlatformUser user) {
        String inputsJson = json.writeValueAsString(inputs);
        String resultJson = json.writeValueAsString(result);
        Instant at = result.calculatedAt();
        StoredCalculation row = stored.saveAndFlush(new StoredCalculation(
                declaration.getId(),
                declaration.getOrganizationId(),
                stored.lastSequence(declaration.getId()) + 1,
                inputsJson,
                resultJson,
                CalculationFingerprint.of(inputsJson, resultJson),
                user == null ? null : user.getUsername(),
                at));
        declaration.recordCalculation(row.getId(), at);
        events.publishEvent(new DeclarationCalculated(
                row.getDeclarationId(), row.getOrganizationId(), row.getId(), row.getSequence(), row.getFingerprint()));
        return view(row);
    }

    CalculationSnapshot result(UUID calculationId) {
        return stored.findById(calculationId)
                .map(row -> json.readValue(row.getResultJson(), CalculationSnapshot.class))
                .orElse(null);
    }

    private void visible(UUID declarationId, PlatformUser user) {
        Declaration declaration = declarations.findById(declarationId).orElse(null);
        TenantGuard.requireVisible(declaration, declaration == null ? null : declaration.getOrganizationId(), user);
    }

    private CalculationRecord view(StoredCalculation row) {
        return new CalculationRecord(
                row.getId(),
                row.getDeclarationId(),
                row.getOrganizationId(),
                row.getSequence(),
                row.getFingerprint(),
                json.readValue(row.getInputsJson(), CalculationInputs.class),
                json.readValue(row.getResultJson(), CalculationSnapshot.class),
                row.getInputsJson(),
                row.getResultJson(),
                row.getCalculatedBy(),
                row.getCalculatedAt());
    }
}
