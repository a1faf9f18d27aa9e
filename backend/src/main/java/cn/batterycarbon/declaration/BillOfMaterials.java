package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.footprint.core.FactorSource;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bill-of-materials lines (materials and components) of a manufacturer's declarations, for the
 * supplier module: which lines can ask a supplier for data, and putting an accepted supplier
 * footprint into a line as its supplier-specific factor. The caller's organization must own the
 * declaration (another organization's is not found).
 */
@Service
@Transactional(readOnly = true)
public class BillOfMaterials {

    /** A material or component line of a declaration. */
    public record BomLine(
            UUID declarationId,
            UUID lineId,
            LineCategory category,
            String description,
            BigDecimal quantity,
            String unit,
            FactorSource factorSource,
            String factorCitation) {}

    /** A declaration as the supply-chain views name it. */
    public record DeclarationLabel(UUID id, String modelCode, String modelName, String period, String status) {

        public static DeclarationLabel of(DeclarationView d) {
            return new DeclarationLabel(
                    d.id(),
                    d.model().modelCode(),
                    d.model().name(),
                    d.periodStart() + " – " + d.periodEnd(),
                    d.status().name());
        }
    }

    private final DeclarationService service;
    private final Declarations declarations;
    private final ActivityLineStore lines;

    BillOfMaterials(DeclarationService service, Declarations declarations, ActivityLineStore lines) {
        this.service = service;
        this.declarations = declarations;
        this.lines = lines;
    }

    public DeclarationLabel label(UUID declarationId, PlatformUser user) {
        return DeclarationLabel.of(service.declaration(declarationId, user));
    }

    public List<BomLine> lines(UUID declarationId, PlatformUser user) {
        service.visible(declarationId, user);
        return linesOfAnyOrganization(declarationId);
    }

    /**
     * For modules that decide visibility themselves (the supplier module shows a declaration's
     * verifiers the records behind its lines, after the verification module said they verify it).
     */
    public List<BomLine> linesOfAnyOrganization(UUID declarationId) {
        return lines.linesOf(declarationId).stream()
                .filter(l -> isBom(l.data()))
                .map(l -> bomLine(declarationId, l))
                .toList();
    }

    public BomLine line(UUID declarationId, UUID lineId, PlatformUser user) {
        return find(declarationId, lineId, user).orElseThrow(NotFoundException::new);
    }

    /**
     * Makes a supplier's footprint the factor of a BOM line: provenance supplier-specific, with the
     * citation naming the supplier record. The line's unit must convert to the supplier's declared
     * unit. The stored result is dropped (the declaration goes back to draft) until recalculated.
     */
    @Transactional
    public void useSupplierFactor(
            UUID declarationId,
            UUID lineId,
            PlatformUser user,
            BigDecimal kgCo2ePerDeclaredUnit,
            String declaredUnit,
            String citation) {
        Declaration declaration = service.visible(declarationId, user);
        StoredLine stored = lines.linesOf(declarationId).stream()
                .filter(l -> l.id().equals(lineId) && isBom(l.data()))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (!ActivityUnits.convertible(stored.data().unit(), declaredUnit)) {
            throw new DomainException(
                    "declaration.supplierFactor.unit", stored.data().unit(), declaredUnit);
        }
        declaration.linesChanged();
        LineData line = stored.data();
        LineData changed = new LineData(
                line.stage(),
                line.category(),
                line.description(),
                line.quantity(),
                line.unit(),
                null,
                kgCo2ePerDeclaredUnit,
                "kgCO2e/" + declaredUnit,
                FactorSource.SUPPLIER_SPECIFIC,
                citation,
                line.recycledShare(),
                line.origin(),
                line.electricitySupply(),
                line.certificateIds(),
                line.transportMode(),
                line.distanceKm(),
                line.massKg(),
                line.recyclingRoute());
        lines.update(declarationId, lineId, changed);
        declarations.saveAndFlush(declaration);
    }

    private Optional<BomLine> find(UUID declarationId, UUID lineId, PlatformUser user) {
        service.visible(declarationId, user);
        return lines.linesOf(declarationId).stream()
                .filter(l -> l.id().equals(lineId) && isBom(l.data()))
                .map(l -> bomLine(declarationId, l))
                .findFirst();
    }

    private static boolean isBom(LineData data) {
        return data.category() == LineCategory.MATERIAL || data.category() == LineCategory.COMPONENT;
    }

    private static BomLine bomLine(UUID declarationId, StoredLine l) {
        LineData d = l.data();
        return new BomLine(
                declarationId,
                l.id(),
                d.category(),
                d.description(),
                d.quantity(),
                d.unit(),
                d.factorSource() == null && d.factorCode() != null ? FactorSource.BACKGROUND : d.factorSource(),
                d.factorCitation());
    }
}
