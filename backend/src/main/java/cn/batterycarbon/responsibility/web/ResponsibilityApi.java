package cn.batterycarbon.responsibility.web;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.numbers.InNumericDomain;
import cn.batterycarbon.platform.numbers.NumericDomain;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.PageAnswer;
import cn.batterycarbon.responsibility.AllocationReport;
import cn.batterycarbon.responsibility.application.Allocations;
import cn.batterycarbon.responsibility.application.IoTables;
import cn.batterycarbon.responsibility.core.AllocationParameters;
import cn.batterycarbon.responsibility.core.AllocationRule;
import cn.batterycarbon.responsibility.core.AllocationWarning;
import cn.batterycarbon.responsibility.core.Depth;
import cn.batterycarbon.responsibility.core.FinalDemandCategory;
import cn.batterycarbon.responsibility.core.IoTable;
import cn.batterycarbon.responsibility.core.IoTableException;
import cn.batterycarbon.responsibility.core.SectorSplit;
import cn.batterycarbon.responsibility.domain.SectorRows.Industry;
import cn.batterycarbon.responsibility.domain.StoredIoTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** JSON API: input-output tables and carbon responsibility allocations. */
@ApiController
@RequestMapping("/api/v1")
@PreAuthorize(ResponsibilityNavigation.ALLOWED)
@Tag(name = "Carbon responsibility allocation")
class ResponsibilityApi {

    record TableView(
            UUID id,
            String name,
            String layout,
            String moneyUnit,
            int sectorCount,
            UUID derivedFrom,
            String splitNote,
            Instant createdAt) {

        static TableView of(StoredIoTable t) {
            return new TableView(
                    t.getId(),
                    t.getName(),
                    t.getLayout().name(),
                    t.getMoneyUnit(),
                    t.getSectorCount(),
                    t.getDerivedFrom(),
                    t.getSplitNote(),
                    t.getCreatedAt());
        }
    }

    record SectorView(String code, String nameZh, String nameEn) {}

    record TableDetail(TableView table, List<SectorView> sectors) {}

    record SplitRequest(
            @NotBlank @Size(max = 40) String parentCode,
            @NotBlank @Size(max = 40) String newCode,
            @Size(max = 300) String newNameZh,
            @Size(max = 300) String newNameEn,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "1", inclusive = false)
            @InNumericDomain(NumericDomain.SHARE)
            Double share,

            @Schema(description = "Optional weights by customer sector code or final-demand category")
            Map<String, @InNumericDomain(NumericDomain.AMOUNT) Double> salesStructure,

            @Schema(description = "Optional weights by supplier sector code or value-added component")
            Map<String, @InNumericDomain(NumericDomain.AMOUNT) Double> inputStructure,

            @Size(max = 200) String name) {}

    record AllocationRequest(
            @NotNull UUID tableId,
            @NotBlank @Size(max = 40) String focusSector,
            @NotNull @InNumericDomain(NumericDomain.AMOUNT) Double directEmissions,
            @InNumericDomain(NumericDomain.AMOUNT) Double upstreamEmissions,

            @DecimalMin("0") @DecimalMax("1") @Schema(description = "Share of upstream emissions taken on; default 0.5")
            Double gamma,

            @NotNull AllocationRule rule,

            @NotBlank @Size(max = 20) @Schema(description = "1..N layers or \"INFINITE\"", example = "3")
            String depth,

            @Schema(description = "Ratios by sector code for rule CUSTOM")
            Map<String, @InNumericDomain(NumericDomain.AMOUNT) Double> customRatios,

            @Size(max = 200) String label) {}

    record RunSummary(
            UUID id,
            UUID tableId,
            String label,
            String focusSector,
            AllocationRule rule,
            String depth,
            double total,
            double focusSectorShare,
            Instant createdAt) {}

    record IndustryMapping(
            @NotBlank @Size(max = 40) String code,
            @Size(max = 200) String industry,

            @Min(1) @Max(3) Integer stage) {}

    record SectorResult(String code, String name, double responsibility) {}

    record FinalDemandResult(FinalDemandCategory category, double responsibility) {}

    record IndustryResult(String industry, Integer stage, double responsibility) {}

    record WarningResult(AllocationWarning.Type type, List<String> sectors, String message) {}

    record AllocationResponse(
            UUID id,
            UUID tableId,
            String focusSector,
            AllocationRule rule,
            String depth,
            double total,
            double focusSectorShare,
            List<SectorResult> sectors,
            List<FinalDemandResult> finalDemand,
            List<IndustryResult> industries,
            List<WarningResult> warnings) {}

    private final IoTables tables;
    private final Allocations allocations;
    private final MessageSource messages;

    ResponsibilityApi(IoTables tables, Allocations allocations, MessageSource messages) {
        this.tables = tables;
        this.allocations = allocations;
        this.messages = messages;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    @PostMapping(path = "/io-tables", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import an input-output table (CSV or XLSX, NBS 153-sector or generic layout)",
            description = "All or nothing: a malformed file, a non-numeric cell, a duplicated sector code or an"
                    + " unbalanced table is refused with a problem naming the row, column or sectors.")
    TableView importTable(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "moneyUnit", required = false) String moneyUnit)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return TableView.of(
                    tables.importTable(user, name, file.getOriginalFilename(), file.getSize(), in, moneyUnit));
        }
    }

    @GetMapping("/io-tables")
    @Operation(summary = "The caller's organization's input-output tables")
    List<TableView> tables(@AuthenticationPrincipal PlatformUser user) {
        return tables.tablesOf(user).stream().map(TableView::of).toList();
    }

    @GetMapping("/io-tables/{id}")
    @Operation(summary = "One table and its sectors; 404 for another organization's table")
    TableDetail table(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        StoredIoTable table = tables.table(user, id);
        IoTable model = tables.model(user, id);
        return new TableDetail(
                TableView.of(table),
                model.sectors().stream()
                        .map(s -> new SectorView(s.code(), s.nameZh(), s.nameEn()))
                        .toList());
    }

    @PostMapping("/io-tables/{id}/splits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Split a sector into two by an output share; creates a new table")
    TableView split(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @RequestBody SplitRequest request) {
        return TableView.of(tables.split(
                user,
                id,
                new SectorSplit.Request(
                        request.parentCode(),
                        request.newCode(),
                        request.newNameZh(),
                        request.newNameEn(),
                        request.share(),
                        request.salesStructure(),
                        request.inputStructure()),
                request.name()));
    }

    @PostMapping("/responsibility/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Run and save an allocation",
            description = "Shares E = directEmissions + gamma x upstreamEmissions of the focus sector among every"
                    + " sector and the final-demand categories (imports negative). depth 1 = Scenario I,"
                    + " 2 = Scenario II, 3 = Scenario III, any N, or INFINITE.")
    AllocationResponse allocate(
            @AuthenticationPrincipal PlatformUser user, @Valid @RequestBody AllocationRequest request) {
        AllocationParameters parameters;
        try {
            parameters = new AllocationParameters(
                    request.focusSector().strip(),
                    request.directEmissions(),
                    request.upstreamEmissions() == null ? 0.0 : request.upstreamEmissions(),
                    request.gamma() == null ? AllocationParameters.DEFAULT_GAMMA : request.gamma(),
                    request.rule(),
                    request.customRatios(),
                    Depth.parse(request.depth()));
        } catch (IoTableException e) {
            throw new DomainException(e.messageKey(), e.arguments());
        }
        return response(allocations.run(user, request.tableId(), request.label(), parameters, english()));
    }

    @GetMapping("/io-tables/{id}/aggregation")
    @Operation(summary = "The industry (and stage I-III) each sector is reported under; null = on its own")
    List<IndustryMapping> aggregation(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        IoTable model = tables.model(user, id);
        List<Industry> industries = tables.industries(user, id);
        List<IndustryMapping> mapping = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            var industry = industries.get(i);
            mapping.add(new IndustryMapping(
                    model.sector(i).code(),
                    industry == null ? null : industry.name(),
                    industry == null ? null : industry.stage()));
        }
        return mapping;
    }

    @PutMapping("/io-tables/{id}/aggregation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Replace the aggregation: sectors not listed (or without industry) are reported on their own")
    void replaceAggregation(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestBody List<@Valid IndustryMapping> mapping) {
        Map<String, Industry> byCode = new LinkedHashMap<>();
        for (IndustryMapping m : mapping) {
            if (byCode.put(m.code(), new Industry(m.industry(), m.stage())) != null) {
                throw new DomainException("responsibility.io.duplicateCode", m.code());
            }
        }
        tables.updateIndustries(user, id, byCode);
    }

    @GetMapping("/responsibility/allocations")
    @Operation(
            summary = "The caller's organization's saved allocation runs, newest first, a page at a time (50 per page"
                    + " by default, at most 200)")
    PageAnswer<RunSummary> allocations(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageAnswer.of(
                allocations.runsOf(user, PageAnswer.request(page, size, Sort.unsorted())),
                r -> new RunSummary(
                        r.getId(),
                        r.getTableId(),
                        r.getLabel(),
                        r.getFocusSector(),
                        r.getRule(),
                        r.depthLabel(),
                        r.getTotal(),
                        r.getFocusShare(),
                        r.getCreatedAt()));
    }

    @GetMapping("/responsibility/allocations/{id}")
    @Operation(summary = "A saved allocation run and its result")
    AllocationResponse allocation(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return response(allocations.view(user, id, english()));
    }

    private AllocationResponse response(Allocations.RunView view) {
        AllocationReport report = view.report();
        return new AllocationResponse(
                view.run().getId(),
                view.run().getTableId(),
                view.run().getFocusSector(),
                view.run().getRule(),
                view.run().depthLabel(),
                report.total(),
                report.focusShare(),
                report.sectors().stream()
                        .map(s -> new SectorResult(s.code(), s.name(), s.responsibility()))
                        .toList(),
                report.finalDemand().stream()
                        .map(f -> new FinalDemandResult(f.category(), f.value()))
                        .toList(),
                report.industries().stream()
                        .map(r -> new IndustryResult(r.label(), r.stage(), r.value()))
                        .toList(),
                view.result().warnings().stream()
                        .map(w -> new WarningResult(
                                w.type(),
                                w.sectors(),
                                messages.getMessage(
                                        w.type().messageKey(),
                                        new Object[] {
                                            String.join(", ", w.sectors()),
                                            w.sectors().size()
                                        },
                                        LocaleContextHolder.getLocale())))
                        .toList());
    }
}
