package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.ElectricityRuleComparison;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A declaration recalculated under every electricity rule set: page (table and chart) and API. */
final class RuleComparisonController {

    private RuleComparisonController() {}

    @Controller
    @PreAuthorize("hasRole('MANUFACTURER')")
    static class Page {

        private final DeclarationService service;
        private final ElectricityRuleComparison comparison;

        Page(DeclarationService service, ElectricityRuleComparison comparison) {
            this.service = service;
            this.comparison = comparison;
        }

        @GetMapping("/declarations/{id}/rules")
        String rules(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
            model.addAttribute("declaration", service.declaration(id, user));
            model.addAttribute("comparison", comparison.compare(id, user));
            return "declaration/rules";
        }
    }

    @ApiController
    @PreAuthorize("hasRole('MANUFACTURER')")
    @Tag(name = "Declarations")
    static class Api {

        /** One rule set's figures, with warnings and any refusal in the caller's language. */
        record RowView(
                String rule,
                String ruleSet,
                String description,
                boolean chosen,
                boolean calculated,
                BigDecimal totalKgCo2ePerKwh,
                BigDecimal absoluteKgCo2e,
                BigDecimal mainProductionKgCo2e,
                String performanceClass,
                boolean electricityFamiliesMixed,
                BigDecimal differenceToChosenKgCo2ePerKwh,
                List<String> warnings,
                String problem) {}

        record ComparisonView(String declarationId, String factorRelease, String chosenRule, List<RowView> rows) {}

        private final ElectricityRuleComparison comparison;
        private final MessageSource messages;

        Api(ElectricityRuleComparison comparison, MessageSource messages) {
            this.comparison = comparison;
            this.messages = messages;
        }

        @GetMapping("/api/v1/declarations/{id}/rule-comparison")
        @Operation(
                summary = "The declaration recalculated under every electricity rule set, side by side",
                description = "Nothing is saved. Each row names the rule set and version, the footprint per kWh, the"
                        + " difference to the declaration's own rule, whether electricity factor families were mixed,"
                        + " the warnings, or why the declaration cannot be calculated under that rule.")
        ComparisonView compare(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
            Locale locale = LocaleContextHolder.getLocale();
            ElectricityRuleComparison.Result result = comparison.compare(id, user);
            return new ComparisonView(
                    id.toString(),
                    result.releaseCode(),
                    result.chosenRule(),
                    result.rows().stream()
                            .map(r -> new RowView(
                                    r.rule(),
                                    r.ruleSet(),
                                    messages.getMessage(r.descriptionKey(), null, locale),
                                    r.chosen(),
                                    r.calculated(),
                                    r.totalKgCo2ePerKwh(),
                                    r.absoluteKgCo2e(),
                                    r.mainProductionKgCo2e(),
                                    r.performanceClass(),
                                    r.electricityFamiliesMixed(),
                                    r.difference(),
                                    r.warnings().stream()
                                            .map(w -> message(w, locale))
                                            .toList(),
                                    r.problem() == null ? null : message(r.problem(), locale)))
                            .toList());
        }

        private String message(CalculationSnapshot.Warning w, Locale locale) {
            String text = messages.getMessage(w.messageKey(), w.arguments().toArray(), w.messageKey(), locale);
            return w.lineIndex() >= 0 ? "#" + (w.lineIndex() + 1) + " " + text : text;
        }
    }
}
