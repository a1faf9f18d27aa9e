package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.DeclarationImpact;
import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.factor.FactorFamily;
import cn.batterycarbon.factor.FactorImportException;
import cn.batterycarbon.factor.FactorReleaseImpacts;
import cn.batterycarbon.factor.FactorSearch;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.ImportReport;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.FactorRowValidator;
import cn.batterycarbon.factor.core.ReleaseDiff;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.factor.domain.ReleaseStatus;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.ExpectedVersion;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.platform.web.PageAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the background factor database. Reading: every authenticated client (published
 * releases; drafts only for their institute's stewards and reviewers). Writing: stewards; review
 * decisions: reviewers.
 */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Emission factors", description = "Background emission-factor releases, factors, lookup and review")
class FactorApi {

    private static final String STEWARD = "hasRole('FACTOR_STEWARD')";
    private static final String REVIEWER = "hasRole('FACTOR_REVIEWER')";

    record ReleaseView(
            String code,
            String titleZh,
            String titleEn,
            String description,
            ReleaseStatus status,
            Instant publishedAt,
            String publishedBy,
            Instant submittedAt,
            String submittedBy,
            String reviewNote) {

        static ReleaseView of(FactorRelease r) {
            return new ReleaseView(
                    r.getCode(),
                    r.getTitleZh(),
                    r.getTitleEn(),
                    r.getDescription(),
                    r.getStatus(),
                    r.getPublishedAt(),
                    r.getPublishedBy(),
                    r.getSubmittedAt(),
                    r.getSubmittedBy(),
                    r.getReviewNote());
        }
    }

    /**
     * A factor as stored: value in kg CO2e per the unit's quantity; pedigree scores 1 (best) to 5;
     * uncertainty LOGNORMAL(a = GSD), NORMAL(a = SD), UNIFORM/TRIANGULAR(a = min, b = max).
     */
    record FactorView(
            UUID id,
            String releaseCode,
            String code,
            FactorCategory category,
            FactorFamily family,
            String nameZh,
            String nameEn,
            BigDecimal value,
            String unit,
            String geography,
            int year,
            String source,
            String sourceUrl,
            FactorEntry.Pedigree pedigree,
            FactorEntry.Uncertainty uncertainty,
            boolean retired,
            String note,

            @Schema(description = "Version to send back with a change (body 'version' or If-Match)")
            long version) {

        static FactorView of(EmissionFactor f, String releaseCode) {
            return new FactorView(
                    f.getId(),
                    releaseCode,
                    f.getCode(),
                    f.getCategory(),
                    f.family(),
                    f.getNameZh(),
                    f.getNameEn(),
                    f.getValue(),
                    f.getUnit(),
                    f.getGeography(),
                    f.getYear(),
                    f.getSourceCitation(),
                    f.getSourceUrl(),
                    f.pedigree(),
                    f.uncertainty(),
                    f.isRetired(),
                    f.getNote(),
                    f.getVersion());
        }
    }

    /** A factor to add or replace: the same fields (and rules) as a row of the import file. */
    record FactorInput(
            @Size(max = 60) String code,
            @Size(max = 30) String category,
            @Size(max = 300) String nameZh,
            @Size(max = 300) String nameEn,
            @Size(max = 100) String value,
            @Size(max = 40) String unit,
            @Size(max = 20) String geography,
            Integer year,
            @Size(max = 2000) String source,
            @Size(max = 500) String sourceUrl,
            Integer pedigreeReliability,
            Integer pedigreeCompleteness,
            Integer pedigreeTemporal,
            Integer pedigreeGeographical,
            Integer pedigreeTechnological,
            @Size(max = 20) String uncertaintyDistribution,
            @Size(max = 100) String uncertaintyA,
            @Size(max = 100) String uncertaintyB,
            @Size(max = 2000) String note,

            @Schema(description = "On a change: the version read (or If-Match); ignored when adding")
            Long version) {

        Map<FactorColumn, String> cells() {
            Map<FactorColumn, String> cells = new EnumMap<>(FactorColumn.class);
            cells.put(FactorColumn.CODE, code);
            cells.put(FactorColumn.CATEGORY, category);
            cells.put(FactorColumn.NAME_ZH, nameZh);
            cells.put(FactorColumn.NAME_EN, nameEn);
            cells.put(FactorColumn.VALUE, value);
            cells.put(FactorColumn.UNIT, unit);
            cells.put(FactorColumn.GEOGRAPHY, geography);
            cells.put(FactorColumn.YEAR, text(year));
            cells.put(FactorColumn.SOURCE, source);
            cells.put(FactorColumn.SOURCE_URL, sourceUrl);
            cells.put(FactorColumn.PEDIGREE_RELIABILITY, text(pedigreeReliability));
            cells.put(FactorColumn.PEDIGREE_COMPLETENESS, text(pedigreeCompleteness));
            cells.put(FactorColumn.PEDIGREE_TEMPORAL, text(pedigreeTemporal));
            cells.put(FactorColumn.PEDIGREE_GEOGRAPHICAL, text(pedigreeGeographical));
            cells.put(FactorColumn.PEDIGREE_TECHNOLOGICAL, text(pedigreeTechnological));
            cells.put(FactorColumn.UNCERTAINTY_DISTRIBUTION, uncertaintyDistribution);
            cells.put(FactorColumn.UNCERTAINTY_A, uncertaintyA);
            cells.put(FactorColumn.UNCERTAINTY_B, uncertaintyB);
            cells.put(FactorColumn.NOTE, note);
            return cells;
        }

        private static String text(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    record NewReleaseInput(
            @Size(max = 40) String code,
            @Size(max = 200) String titleZh,
            @Size(max = 200) String titleEn,
            @Size(max = 4000) String description,
            Boolean copyLatestPublished) {}

    record CommentInput(UUID factorId, @Size(max = 2000) String body) {}

    record DecisionInput(@Size(max = 2000) String note) {}

    record ChangeView(
            ReleaseDiff.Kind kind,
            String code,
            String geography,
            int year,
            BigDecimal valueBefore,
            BigDecimal valueAfter,
            String unitBefore,
            String unitAfter,
            BigDecimal relativeChange) {}

    record ChangesView(
            String releaseCode,
            String previousReleaseCode,
            int added,
            int removed,
            int changed,
            int unchanged,
            List<ChangeView> changes) {}

    record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}

    private final FactorReleaseService service;
    private final FactorSearch search;
    private final FactorCatalog catalog;
    private final FactorReleaseImpacts impacts;

    FactorApi(FactorReleaseService service, FactorSearch search, FactorCatalog catalog, FactorReleaseImpacts impacts) {
        this.service = service;
        this.search = search;
        this.catalog = catalog;
        this.impacts = impacts;
    }

    @GetMapping("/factor-releases")
    @Operation(
            summary = "Releases the caller may see, a page at a time: drafts of the caller's institute, then all"
                    + " published ones, newest first (50 per page by default, at most 200)")
    PageAnswer<ReleaseView> releases(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageAnswer.request(page, size, Sort.unsorted());
        return PageAnswer.slice(
                service.visibleReleases(user).stream().map(ReleaseView::of).toList(), request);
    }

    @GetMapping("/factor-releases/{code}")
    @Operation(summary = "One release")
    ReleaseView release(@AuthenticationPrincipal PlatformUser user, @PathVariable String code) {
        return ReleaseView.of(service.release(code, user));
    }

    @GetMapping("/factor-releases/{code}/factors")
    @Operation(summary = "Factors of a release, filtered and paged (50 per page by default, at most 500)")
    PageView<FactorView> factors(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(required = false) FactorCategory category,
            @Parameter(description = "Part of the code or the Chinese or English name") @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) String geography,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        FactorRelease release = service.release(code, user);
        Page<EmissionFactor> result = search.search(
                release.getId(),
                new FactorSearch.Criteria(category, q, geography, year, unit, includeRetired),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), FactorSearch.ORDER));
        return new PageView<>(
                result.getContent().stream()
                        .map(f -> FactorView.of(f, release.getCode()))
                        .toList(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages());
    }

    @GetMapping("/factors")
    @Operation(summary = "Search the factors of the latest published release (same filters as a release's factors)")
    PageView<FactorView> latestFactors(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) FactorCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String geography,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        String latest = catalog.latestPublishedRelease().orElseThrow(NotFoundException::new);
        return factors(user, latest, category, q, geography, year, unit, false, page, size);
    }

    @GetMapping("/factor-releases/{code}/lookup")
    @Operation(
            summary = "The factor a calculation would use",
            description = "Published releases only. Falls back from a province to its regional grid, to national (CN),"
                    + " to global (GLO); at the first geography with a value at or before the year, the exact year or"
                    + " else the latest earlier one. The answer names the geography and year actually used.")
    ResolvedFactor lookup(
            @PathVariable String code,
            @RequestParam("factor") String factorCode,
            @RequestParam(required = false) String geography,
            @RequestParam(required = false) Integer year) {
        return catalog.publishedRelease(FactorRelease.normalizeCode(code))
                .find(factorCode.trim().toUpperCase(Locale.ROOT), geography, year)
                .orElseThrow(NotFoundException::new);
    }

    @GetMapping("/factor-releases/{code}/changes")
    @Operation(summary = "Changes against the previous published release: added, removed, changed with relative change")
    ChangesView changes(@AuthenticationPrincipal PlatformUser user, @PathVariable String code) {
        FactorRelease release = service.release(code, user);
        ReleaseDiff.Summary summary = service.changes(release);
        return new ChangesView(
                release.getCode(),
                service.previous(release).map(FactorRelease::getCode).orElse(null),
                summary.added(),
                summary.removed(),
                summary.changed(),
                summary.unchanged(),
                summary.changes().stream()
                        .map(c -> new ChangeView(
                                c.kind(),
                                c.key().code(),
                                c.key().geography(),
                                c.key().year(),
                                c.before() == null ? null : c.before().value(),
                                c.after() == null ? null : c.after().value(),
                                c.before() == null ? null : c.before().unit(),
                                c.after() == null ? null : c.after().unit(),
                                c.relativeChange()))
                        .toList());
    }

    @GetMapping("/factor-releases/{code}/impact")
    @Operation(
            summary = "Declarations whose background emissions would change with this published release",
            description = "Lists the declarations reported by the declaration module as pinned to another release,"
                    + " recalculated with both releases. A caller sees their own organization's declarations;"
                    + " regulators see every organization's.")
    List<DeclarationImpact> impact(@AuthenticationPrincipal PlatformUser user, @PathVariable String code) {
        return impacts.impactOnPinnedDeclarations(
                FactorRelease.normalizeCode(code), owner -> TenantGuard.canSee(owner, user, Role.REGULATOR));
    }

    @GetMapping("/factor-releases/{code}/export")
    @Operation(summary = "The release's factors as CSV (UTF-8 with BOM) or XLSX, in the import file format")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(defaultValue = "csv") String format) {
        FactorRelease release = service.release(code, user);
        FactorFiles.Format chosen = FactorFileResponses.format(format);
        return FactorFileResponses.attachment(service.export(release, chosen), release.getCode(), chosen);
    }

    // ---- writing (stewards) ----

    @PostMapping("/factor-releases")
    @PreAuthorize(STEWARD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft release, by default starting from the latest published one")
    ReleaseView create(
            @AuthenticationPrincipal PlatformUser user, @jakarta.validation.Valid @RequestBody NewReleaseInput input) {
        if (input.code() == null || input.titleZh() == null || input.titleEn() == null) {
            throw new FieldErrorsException(List.of(
                    new FieldErrorsException.FieldError("code", "factor.problem.required"),
                    new FieldErrorsException.FieldError("titleZh", "factor.problem.required"),
                    new FieldErrorsException.FieldError("titleEn", "factor.problem.required")));
        }
        return ReleaseView.of(service.createDraft(
                new NewRelease(
                        input.code(),
                        input.titleZh(),
                        input.titleEn(),
                        input.description(),
                        input.copyLatestPublished() == null || input.copyLatestPublished()),
                user));
    }

    @PostMapping("/factor-releases/{code}/factors")
    @PreAuthorize(STEWARD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a factor to a draft; problems are answered as 400 naming each field")
    FactorView addFactor(
            @AuthenticationPrincipal PlatformUser user, @PathVariable String code, @RequestBody FactorInput input) {
        FactorEntry entry = validated(input);
        try {
            return FactorView.of(service.addFactor(code, entry, user), FactorRelease.normalizeCode(code));
        } catch (FactorImportException e) {
            throw fieldErrors(e.problems());
        }
    }

    @PutMapping("/factor-releases/{code}/factors/{id}")
    @PreAuthorize(STEWARD)
    @Operation(
            summary = "Replace a factor of a draft",
            description = "Names the version read (body 'version' or If-Match: \"3\"); without it 400, with a stale"
                    + " one 409 and nothing is changed.")
    FactorView updateFactor(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody FactorInput input) {
        service.factor(service.release(code, user), id); // another institute's or unknown factor: 404 first
        long version = ExpectedVersion.required(input.version(), ifMatch);
        FactorEntry entry = validated(input);
        try {
            return FactorView.of(
                    service.updateFactor(code, id, version, entry, user), FactorRelease.normalizeCode(code));
        } catch (FactorImportException e) {
            throw fieldErrors(e.problems());
        }
    }

    @PostMapping("/factor-releases/{code}/factors/{id}/retire")
    @PreAuthorize(STEWARD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire a factor of a draft (it will not be part of the published release)")
    void retire(@AuthenticationPrincipal PlatformUser user, @PathVariable String code, @PathVariable UUID id) {
        service.retireFactor(code, id, user);
    }

    @PostMapping(value = "/factor-releases/{code}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STEWARD)
    @Operation(
            summary = "Import a CSV (UTF-8, with or without BOM, or GB18030) or XLSX file into a draft, all or nothing",
            description = "Rows add factors or replace those with the same code, geography and year. Any problem: 400"
                    + " with errors[].field = 'row N: column' and nothing is changed. Files over 20 MB: 413.")
    ImportReport importFile(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > FactorFiles.MAX_BYTES) {
            throw new DomainException("factor.file.tooLarge", FactorFiles.MAX_BYTES / (1024 * 1024));
        }
        try {
            return service.importFile(code, file.getBytes(), user);
        } catch (FactorImportException e) {
            throw fieldErrors(e.problems());
        }
    }

    @PostMapping("/factor-releases/{code}/submit")
    @PreAuthorize(STEWARD)
    @Operation(summary = "Submit a draft for expert review")
    ReleaseView submit(@AuthenticationPrincipal PlatformUser user, @PathVariable String code) {
        return ReleaseView.of(service.submitForReview(code, user));
    }

    // ---- review (reviewers) ----

    @PostMapping("/factor-releases/{code}/comments")
    @PreAuthorize("hasAnyRole('FACTOR_STEWARD', 'FACTOR_REVIEWER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a release under preparation or review, optionally on one factor")
    void comment(
            @AuthenticationPrincipal PlatformUser user, @PathVariable String code, @RequestBody CommentInput input) {
        service.comment(code, input.factorId(), input.body(), user);
    }

    @PostMapping("/factor-releases/{code}/approve")
    @PreAuthorize(REVIEWER)
    @Operation(summary = "Approve a release in review, which publishes it (immutable from then on)")
    ReleaseView approve(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestBody(required = false) DecisionInput input) {
        return ReleaseView.of(service.approve(code, input == null ? null : input.note(), user));
    }

    @PostMapping("/factor-releases/{code}/send-back")
    @PreAuthorize(REVIEWER)
    @Operation(summary = "Send a release in review back to its stewards, with the reason")
    ReleaseView sendBack(
            @AuthenticationPrincipal PlatformUser user, @PathVariable String code, @RequestBody DecisionInput input) {
        return ReleaseView.of(service.sendBack(code, input == null ? null : input.note(), user));
    }

    private static FactorEntry validated(FactorInput input) {
        FactorRowValidator.Result result = FactorRowValidator.validate(0, input.cells());
        if (!result.valid()) {
            throw fieldErrors(result.problems());
        }
        return result.entry();
    }

    /** Problems as field errors: the field is the JSON property, prefixed with the file row for imports. */
    private static FieldErrorsException fieldErrors(List<FactorProblem> problems) {
        return new FieldErrorsException(problems.stream()
                .map(p -> new FieldErrorsException.FieldError(fieldName(p), p.messageKey(), p.arguments()))
                .toList());
    }

    private static String fieldName(FactorProblem problem) {
        if (problem.row() > 0) {
            return "row " + problem.row() + ": "
                    + (problem.column() == null ? "file" : problem.column().header());
        }
        return problem.column() == null ? "file" : FactorForm.field(problem.column());
    }
}
