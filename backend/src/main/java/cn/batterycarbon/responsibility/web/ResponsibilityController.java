package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FormErrors;
import cn.batterycarbon.responsibility.AllocationReport;
import cn.batterycarbon.responsibility.application.Allocations;
import cn.batterycarbon.responsibility.application.IoTables;
import cn.batterycarbon.responsibility.core.AllocationRule;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.ValueAddedComponent;
import cn.batterycarbon.responsibility.domain.SectorRows.Industry;
import cn.batterycarbon.responsibility.domain.StoredIoTable;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: IO tables, splits, aggregations, allocation runs, their reports, exports and comparisons. */
@Controller
@RequestMapping("/responsibility")
@PreAuthorize(ResponsibilityNavigation.ALLOWED)
class ResponsibilityController {

    /** A sector as the table page lists it. */
    record SectorView(
            int position,
            String code,
            String nameZh,
            String nameEn,
            double grossOutput,
            double netFinalDemand,
            double valueAdded,
            double operatingSurplus,
            String industry,
            Integer stage) {}

    private final IoTables tables;
    private final Allocations allocations;
    private final ReportCharts charts;

    ResponsibilityController(IoTables tables, Allocations allocations, ReportCharts charts) {
        this.tables = tables;
        this.allocations = allocations;
        this.charts = charts;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    @GetMapping
    String index(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("tables", tables.tablesOf(user));
        model.addAttribute("runs", allocations.runsOf(user));
        model.addAttribute("maxUploadMegabytes", Math.max(1, tables.maxUploadBytes() / (1024 * 1024)));
        return "responsibility/index";
    }

    @PostMapping("/tables")
    String upload(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "moneyUnit", required = false) String moneyUnit,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("responsibility.io.noFile");
            }
            StoredIoTable table;
            try (InputStream in = file.getInputStream()) {
                table = tables.importTable(user, name, file.getOriginalFilename(), file.getSize(), in, moneyUnit);
            }
            redirect.addFlashAttribute("message", "responsibility.table.imported");
            return "redirect:/responsibility/tables/" + table.getId();
        } catch (DomainException e) {
            model.addAttribute("uploadErrorKey", e.messageKey());
            model.addAttribute("uploadErrorArguments", e.arguments());
            return index(user, model);
        }
    }

    @GetMapping("/tables/{id}")
    String table(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        StoredIoTable table = tables.table(user, id);
        IoTable io = tables.model(user, id);
        if (!model.containsAttribute("runForm")) {
            RunForm form = new RunForm();
            // a split table exists for its new sector (the last one); otherwise batteries if present
            form.setFocusSector(
                    table.getLayout() == StoredIoTable.Layout.SPLIT
                            ? io.sector(io.size() - 1).code()
                            : io.indexOf("087") >= 0 ? "087" : io.sector(0).code());
            model.addAttribute("runForm", form);
        }
        if (!model.containsAttribute("splitForm")) {
            SplitForm split = new SplitForm();
            split.setParentCode(io.indexOf("087") >= 0 ? "087" : io.sector(0).code());
            model.addAttribute("splitForm", split);
        }
        List<Industry> industries = tables.industries(user, id);
        List<SectorView> sectors = new ArrayList<>(io.size());
        for (int i = 0; i < io.size(); i++) {
            Industry industry = industries.get(i);
            sectors.add(new SectorView(
                    i,
                    io.sector(i).code(),
                    io.sector(i).nameZh(),
                    io.sector(i).nameEn(),
                    io.grossOutput(i),
                    io.netFinalDemand(i),
                    io.totalValueAdded(i),
                    io.valueAdded(i, ValueAddedComponent.OPERATING_SURPLUS),
                    industry == null ? null : industry.name(),
                    industry == null ? null : industry.stage()));
        }
        model.addAttribute("table", table);
        model.addAttribute("sectors", sectors);
        java.util.Map<String, String> sectorNames = new java.util.HashMap<>();
        for (int i = 0; i < io.size(); i++) {
            sectorNames.put(io.sector(i).code(), io.sector(i).name(english()));
        }
        model.addAttribute("sectorNames", sectorNames);
        model.addAttribute("aggregated", industries.stream().anyMatch(i -> i != null));
        model.addAttribute("runs", allocations.runsOfTable(user, id));
        model.addAttribute("rules", AllocationRule.values());
        model.addAttribute("depthChoices", DepthChoice.values());
        model.addAttribute("english", english());
        return "responsibility/table";
    }

    @PostMapping("/tables/{id}/runs")
    String run(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("runForm") RunForm form,
            BindingResult binding,
            Model model) {
        tables.table(user, id);
        if (!binding.hasErrors()) {
            try {
                Allocations.RunView view = allocations.run(user, id, form.getLabel(), form.toParameters(), english());
                return "redirect:/responsibility/runs/" + view.run().getId();
            } catch (FieldErrorsException e) {
                e.errors()
                        .forEach(err ->
                                binding.rejectValue(err.field(), err.messageKey(), err.arguments(), err.messageKey()));
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return table(user, id, model);
    }

    @PostMapping("/tables/{id}/split")
    String split(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("splitForm") SplitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        tables.table(user, id);
        if (!binding.hasErrors()) {
            try {
                StoredIoTable split = tables.split(user, id, form.toRequest(), form.getTableName());
                redirect.addFlashAttribute("message", "responsibility.split.done");
                return "redirect:/responsibility/tables/" + split.getId();
            } catch (FieldErrorsException e) {
                e.errors()
                        .forEach(err ->
                                binding.rejectValue(err.field(), err.messageKey(), err.arguments(), err.messageKey()));
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return table(user, id, model);
    }

    @GetMapping("/tables/{id}/aggregation")
    String aggregation(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        table(user, id, model);
        return "responsibility/aggregation";
    }

    @PostMapping("/tables/{id}/aggregation")
    String saveAggregation(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "code", required = false) List<String> codes,
            @RequestParam(name = "industry", required = false) List<String> industries,
            @RequestParam(name = "stage", required = false) List<String> stages,
            Model model,
            RedirectAttributes redirect) {
        tables.table(user, id);
        try {
            Map<String, Industry> byCode = new LinkedHashMap<>();
            int rows = codes == null ? 0 : codes.size();
            for (int i = 0; i < rows; i++) {
                String industry = industries != null && i < industries.size() ? industries.get(i) : "";
                String stage = stages != null && i < stages.size() ? stages.get(i) : "";
                byCode.put(codes.get(i), new Industry(industry, IoTables.parseStage(stage, i + 1)));
            }
            tables.updateIndustries(user, id, byCode);
            redirect.addFlashAttribute("message", "responsibility.aggregation.saved");
            return "redirect:/responsibility/tables/" + id + "/aggregation";
        } catch (DomainException e) {
            model.addAttribute("aggregationErrorKey", e.messageKey());
            model.addAttribute("aggregationErrorArguments", e.arguments());
            return aggregation(user, id, model);
        }
    }

    @PostMapping("/tables/{id}/aggregation/import")
    String importAggregation(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        tables.table(user, id);
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("responsibility.io.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                tables.importIndustries(user, id, in, file.getOriginalFilename());
            }
            redirect.addFlashAttribute("message", "responsibility.aggregation.saved");
            return "redirect:/responsibility/tables/" + id + "/aggregation";
        } catch (DomainException e) {
            model.addAttribute("aggregationErrorKey", e.messageKey());
            model.addAttribute("aggregationErrorArguments", e.arguments());
            return aggregation(user, id, model);
        }
    }

    @GetMapping("/runs/{id}")
    String runView(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        Allocations.RunView view = allocations.view(user, id, english());
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        // the focus sector with its name, not only its code
        model.addAttribute(
                "focusName",
                view.report().sectors().stream()
                        .filter(s -> s.code().equals(view.run().getFocusSector()))
                        .map(AllocationReport.SectorRow::name)
                        .findFirst()
                        .orElse(""));
        model.addAttribute("chartData", charts.forRun(view));
        return "responsibility/run";
    }

    @GetMapping("/runs/{id}/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "format", defaultValue = "csv") String format)
            throws IOException {
        Allocations.RunView view = allocations.view(user, id, english());
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        List<List<Object>> rows = charts.exports().rows(view);
        byte[] body = xlsx ? charts.exports().xlsx(rows) : charts.exports().csv(rows);
        return Downloads.attachment(body, "responsibility-" + id + (xlsx ? ".xlsx" : ".csv"));
    }

    @GetMapping("/compare/export")
    ResponseEntity<byte[]> exportComparison(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(name = "run", required = false) List<UUID> runIds,
            @RequestParam(name = "format", defaultValue = "csv") String format)
            throws IOException {
        Allocations.Comparison comparison = allocations.compare(user, runIds, english());
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        List<List<Object>> rows = charts.exports().rows(comparison, charts::columnName);
        byte[] body = xlsx ? charts.exports().xlsx(rows) : charts.exports().csv(rows);
        return Downloads.attachment(body, "responsibility-comparison" + (xlsx ? ".xlsx" : ".csv"));
    }

    @GetMapping("/compare")
    String compare(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(name = "run", required = false) List<UUID> runIds,
            Model model) {
        Allocations.Comparison comparison = allocations.compare(user, runIds, english());
        model.addAttribute("comparison", comparison);
        model.addAttribute("industries", charts.topIndustries(comparison));
        model.addAttribute("runIds", runIds);
        model.addAttribute("chartData", charts.forComparison(comparison));
        return "responsibility/compare";
    }
}
