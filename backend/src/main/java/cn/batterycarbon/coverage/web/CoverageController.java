package cn.batterycarbon.coverage.web;

import cn.batterycarbon.coverage.CompanyCoverage;
import cn.batterycarbon.coverage.PilotCoverage;
import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.files.SpreadsheetWriter;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.product.Chemistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pilot coverage pages and API: a declarant's own coverage, and every declarant's for regulators. */
final class CoverageController {

    private CoverageController() {}

    static PilotCoverage.Filter filter(OrganizationType type, Chemistry chemistry, String status, String q) {
        Boolean meets = "MEETS".equals(status) ? Boolean.TRUE : "MISSING".equals(status) ? Boolean.FALSE : null;
        return new PilotCoverage.Filter(type, chemistry, meets, q);
    }

    @Controller
    static class Pages {

        private final PilotCoverage coverage;
        private final MessageSource messages;

        Pages(PilotCoverage coverage, MessageSource messages) {
            this.coverage = coverage;
            this.messages = messages;
        }

        @GetMapping("/coverage")
        @PreAuthorize("hasRole('MANUFACTURER')")
        String mine(@AuthenticationPrincipal PlatformUser user, Model model) {
            model.addAttribute("coverage", coverage.mine(user));
            model.addAttribute("certificates", coverage.certificatesAvailable());
            model.addAttribute("minimum", CompanyCoverage.PILOT_MINIMUM_MODELS);
            return "coverage/mine";
        }

        @GetMapping("/coverage/companies")
        @PreAuthorize("hasRole('REGULATOR')")
        String companies(
                @RequestParam(required = false) OrganizationType type,
                @RequestParam(required = false) Chemistry chemistry,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String q,
                Model model) {
            List<CompanyCoverage> companies = coverage.all(filter(type, chemistry, status, q));
            model.addAttribute("companies", companies);
            model.addAttribute("certificates", coverage.certificatesAvailable());
            model.addAttribute(
                    "types",
                    Arrays.stream(OrganizationType.values())
                            .filter(OrganizationType::declarant)
                            .toList());
            model.addAttribute("chemistries", PilotCoverage.chemistries());
            model.addAttribute("type", type);
            model.addAttribute("chemistry", chemistry);
            model.addAttribute("status", status);
            model.addAttribute("q", q);
            model.addAttribute(
                    "meeting",
                    companies.stream().filter(CompanyCoverage::meetsPilot).count());
            model.addAttribute(
                    "declaredTotal",
                    companies.stream().mapToInt(CompanyCoverage::declaredModels).sum());
            model.addAttribute(
                    "modelsTotal",
                    companies.stream().mapToInt(CompanyCoverage::models).sum());
            return "coverage/companies";
        }

        @GetMapping("/coverage/companies/export.csv")
        @PreAuthorize("hasRole('REGULATOR')")
        ResponseEntity<byte[]> exportCsv(
                @RequestParam(required = false) OrganizationType type,
                @RequestParam(required = false) Chemistry chemistry,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String q) {
            return Downloads.attachment(
                    SpreadsheetWriter.csv(rows(filter(type, chemistry, status, q))), "pilot-coverage.csv");
        }

        @GetMapping("/coverage/companies/export.xlsx")
        @PreAuthorize("hasRole('REGULATOR')")
        ResponseEntity<byte[]> exportXlsx(
                @RequestParam(required = false) OrganizationType type,
                @RequestParam(required = false) Chemistry chemistry,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String q) {
            List<List<Object>> rows = rows(filter(type, chemistry, status, q));
            return Downloads.attachment(
                    SpreadsheetWriter.xlsx(List.of(SpreadsheetWriter.SheetData.of("coverage", rows))),
                    "pilot-coverage.xlsx");
        }

        private List<List<Object>> rows(PilotCoverage.Filter filter) {
            return CoverageTable.rows(
                    coverage.all(filter), coverage.certificatesAvailable(), messages, LocaleContextHolder.getLocale());
        }
    }

    @ApiController
    @Tag(name = "Pilot coverage", description = "Models declared and certified per chemistry against the pilot's ask")
    static class Api {

        private final PilotCoverage coverage;

        Api(PilotCoverage coverage) {
            this.coverage = coverage;
        }

        @GetMapping("/api/v1/coverage")
        @PreAuthorize("hasRole('MANUFACTURER')")
        @Operation(
                summary = "The caller's organization's pilot coverage",
                description = "Models, models declared (a submitted declaration), in progress and certified (null until"
                        + " certificate data exist) per chemistry; what is missing to reach five typical models covering"
                        + " every chemistry sold.")
        CompanyCoverage mine(@AuthenticationPrincipal PlatformUser user) {
            return coverage.mine(user);
        }

        @GetMapping("/api/v1/coverage/companies")
        @PreAuthorize("hasRole('REGULATOR')")
        @Operation(summary = "Every declarant's pilot coverage (regulators), filtered by type, chemistry, status, text")
        List<CompanyCoverage> companies(
                @RequestParam(required = false) OrganizationType type,
                @RequestParam(required = false) Chemistry chemistry,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String q) {
            return coverage.all(filter(type, chemistry, status, q));
        }
    }
}
