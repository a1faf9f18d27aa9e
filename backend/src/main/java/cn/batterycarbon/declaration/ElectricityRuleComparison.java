package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.ElectricityRuleSet;
import cn.batterycarbon.footprint.core.ElectricityRuleSets;
import cn.batterycarbon.footprint.core.InputProblem;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A declaration recalculated under every electricity rule set, side by side (methodology §5, §12),
 * so declarant and verifier see how much the choice matters. Each run is the one footprint
 * calculation with only the rule changed; nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class ElectricityRuleComparison {

    /**
     * One rule set's result, or why the declaration cannot be calculated under it (e.g. its pinned
     * release lacks the footprint-family factors the rule needs).
     *
     * @param chosen whether this is the declaration's own rule set
     * @param difference total minus the chosen rule's total in kg CO2e/kWh (null when either failed)
     */
    public record Row(
            String rule,
            String ruleSet,
            String descriptionKey,
            boolean chosen,
            BigDecimal totalKgCo2ePerKwh,
            BigDecimal absoluteKgCo2e,
            BigDecimal mainProductionKgCo2e,
            String performanceClass,
            boolean electricityFamiliesMixed,
            List<CalculationSnapshot.Warning> warnings,
            BigDecimal difference,
            CalculationSnapshot.Warning problem) {

        public boolean calculated() {
            return problem == null;
        }
    }

    public record Result(String releaseCode, String chosenRule, List<Row> rows) {}

    private final DeclarationService service;
    private final DeclarationCalculations calculations;
    private final ActivityLineStore lines;

    ElectricityRuleComparison(
            DeclarationService service, DeclarationCalculations calculations, ActivityLineStore lines) {
        this.service = service;
        this.calculations = calculations;
        this.lines = lines;
    }

    public Result compare(UUID id, PlatformUser user) {
        DeclarationView declaration = service.declaration(id, user);
        List<LineData> data = lines.linesOf(id).stream().map(StoredLine::data).toList();
        if (data.isEmpty()) {
            throw new DomainException("declaration.calculate.noLines");
        }
        List<CalculationSnapshot> snapshots = new ArrayList<>();
        List<CalculationSnapshot.Warning> problems = new ArrayList<>();
        for (ElectricityRuleSet set : ElectricityRuleSets.all()) {
            try {
                snapshots.add(calculations.underRule(id, user, data, set.rule()));
                problems.add(null);
            } catch (CalculationRefusedException e) {
                InputProblem first = e.problems().get(0);
                snapshots.add(null);
                problems.add(new CalculationSnapshot.Warning(
                        first.lineIndex(),
                        first.messageKey(),
                        Arrays.stream(first.arguments()).map(String::valueOf).toList()));
            } catch (DomainException e) {
                snapshots.add(null);
                problems.add(new CalculationSnapshot.Warning(
                        -1,
                        e.messageKey(),
                        Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            }
        }
        ElectricityRule chosen = declaration.electricityRule();
        CalculationSnapshot chosenResult = snapshots.get(chosen.ordinal());
        List<Row> rows = new ArrayList<>();
        List<ElectricityRuleSet> sets = ElectricityRuleSets.all();
        for (int i = 0; i < sets.size(); i++) {
            ElectricityRuleSet set = sets.get(i);
            CalculationSnapshot s = snapshots.get(i);
            if (s == null) {
                rows.add(new Row(
                        set.rule().name(),
                        set.label(),
                        set.documentationKey(),
                        set.rule() == chosen,
                        null,
                        null,
                        null,
                        null,
                        false,
                        List.of(),
                        null,
                        problems.get(i)));
                continue;
            }
            rows.add(new Row(
                    set.rule().name(),
                    set.label(),
                    set.documentationKey(),
                    set.rule() == chosen,
                    s.totalKgCo2ePerKwh(),
                    s.absoluteKgCo2e(),
                    s.stage("MainProduction").kgCo2e(),
                    s.performanceClass(),
                    Boolean.TRUE.equals(s.electricityFamiliesMixed()),
                    s.warnings(),
                    chosenResult == null ? null : s.totalKgCo2ePerKwh().subtract(chosenResult.totalKgCo2ePerKwh()),
                    null));
        }
        return new Result(declaration.factorReleaseCode(), chosen.name(), rows);
    }
}
