package cn.batterycarbon.factor.core;

import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.DeclarationImpact.LineImpact;
import cn.batterycarbon.factor.FactorTable;
import cn.batterycarbon.factor.PinnedDeclaration;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.units.UnitException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Recalculates a declaration's background-factor lines with two releases and compares: emissions =
 * quantity converted to the factor's unit (units library, never a hand-written multiplier) ×
 * factor value. Plain Java.
 */
public final class ImpactCalculator {

    private ImpactCalculator() {}

    public static DeclarationImpact impact(PinnedDeclaration declaration, FactorTable from, FactorTable to) {
        List<LineImpact> lines = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        boolean complete = true;
        int index = 0;
        for (PinnedDeclaration.Line line : declaration.lines()) {
            ResolvedFactor old =
                    from.find(line.factorCode(), line.geography(), line.year()).orElse(null);
            ResolvedFactor now =
                    to.find(line.factorCode(), line.geography(), line.year()).orElse(null);
            String problem = null;
            BigDecimal emissionsBefore = null;
            BigDecimal emissionsAfter = null;
            if (old == null) {
                problem = "factor.impact.missingBefore";
            } else if (now == null) {
                problem = "factor.impact.missingAfter";
            } else {
                try {
                    emissionsBefore = emissions(line, old);
                    emissionsAfter = emissions(line, now);
                } catch (UnitException e) {
                    problem = e.messageKey();
                    emissionsBefore = null;
                    emissionsAfter = null;
                }
            }
            if (problem == null) {
                before = before.add(emissionsBefore);
                after = after.add(emissionsAfter);
            } else {
                complete = false;
            }
            lines.add(new LineImpact(index++, line.factorCode(), old, now, emissionsBefore, emissionsAfter, problem));
        }
        BigDecimal change = after.subtract(before);
        BigDecimal relative = before.signum() == 0 ? null : change.divide(before.abs(), MathContext.DECIMAL64);
        return new DeclarationImpact(
                declaration.declarationId(),
                from.releaseCode(),
                to.releaseCode(),
                before,
                after,
                change,
                relative,
                complete,
                List.copyOf(lines));
    }

    static BigDecimal emissions(PinnedDeclaration.Line line, ResolvedFactor factor) {
        BigDecimal quantity = line.quantity();
        if (line.quantityUnit() != null && !line.quantityUnit().isBlank()) {
            String perUnit = ActivityUnits.factorUnit(factor.unit()).perUnit();
            quantity = quantity.multiply(ActivityUnits.conversion(line.quantityUnit(), perUnit));
        }
        return quantity.multiply(factor.value());
    }
}
