package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.ActivityLineView;
import cn.batterycarbon.declaration.CalculationChanges;
import cn.batterycarbon.declaration.CalculationRecord;
import cn.batterycarbon.declaration.CalculationRecords;
import cn.batterycarbon.declaration.CalculationRefusedException;
import cn.batterycarbon.declaration.CalculationSnapshot;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.UploadRejectedException;
import cn.batterycarbon.declaration.imports.UploadProblem;
import cn.batterycarbon.footprint.core.InputProblem;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.ExpectedVersion;
import cn.batterycarbon.platform.web.PageAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** JSON API: declarations of the caller's organization, their activity lines, upload and calculation. */
@ApiController
@RequestMapping("/api/v1/declarations")
@PreAuthorize("hasRole('MANUFACTURER')")
@Tag(name = "Declarations")
class DeclarationApi {

    record ReleaseRequest(@NotBlank @Size(max = 40) String releaseCode) {}

    /** A calculation record in a list: what identifies it and its headline figures. */
    record CalculationSummary(
            UUID id,
            int sequence,
            String fingerprint,
            String calculatedBy,
            java.time.Instant calculatedAt,
            String factorRelease,
            BigDecimal totalKgCo2ePerKwh,
            String performanceClass) {

        static CalculationSummary of(CalculationRecord r) {
            return new CalculationSummary(
                    r.id(),
                    r.sequence(),
                    r.fingerprint(),
                    r.calculatedBy(),
                    r.calculatedAt(),
                    r.inputs().factorRelease(),
                    r.result().totalKgCo2ePerKwh(),
                    r.result().performanceClass());
        }
    }

    record WhatIfRequest(
            int line,
            BigDecimal quantity,
            BigDecimal factorValue,
            @Size(max = 40) String factorUnit) {}

    private final DeclarationService service;
    private final DeclarationCalculations calculations;
    private final CalculationRecords records;
    private final MessageSource messages;

    DeclarationApi(
            DeclarationService service,
            DeclarationCalculations calculations,
            CalculationRecords records,
            MessageSource messages) {
        this.service = service;
        this.calculations = calculations;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "The caller's organization's declarations, a page at a time (newest period first);"
                    + " results are not included: GET /api/v1/declarations/{id} has each one's result")
    PageAnswer<DeclarationView> declarations(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.declarationPage(user, page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft declaration; it pins the latest published factor release")
    DeclarationView create(@AuthenticationPrincipal PlatformUser user, @Valid @RequestBody DeclarationForm form) {
        return service.create(user, form.command());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One declaration; 404 for another organization's declaration")
    DeclarationView declaration(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return service.declaration(id, user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a declaration's settings (not once submitted); a result is dropped")
    DeclarationView update(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DeclarationForm form) {
        service.declaration(id, user); // another organization's declaration: 404 before any 400
        return service.update(id, ExpectedVersion.required(form.getVersion(), ifMatch), user, form.command());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a declaration that is not submitted, with its lines")
    void delete(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        service.delete(id, user);
    }

    @PutMapping("/{id}/release")
    @Operation(summary = "Pin another published factor release (not once submitted)")
    DeclarationView pinRelease(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ReleaseRequest request) {
        return service.pinRelease(id, user, request.releaseCode().strip());
    }

    @GetMapping("/{id}/lines")
    @Operation(summary = "Activity lines, by stage and position")
    List<ActivityLineView> lines(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return service.lines(id, user);
    }

    @PostMapping("/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one activity line; every bad field is named")
    ActivityLineView addLine(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody LineForm form) {
        service.declaration(id, user); // another organization's declaration: 404 before any 400
        return service.addLine(id, user, LineRequests.line(form));
    }

    @PutMapping("/{id}/lines/{lineId}")
    @Operation(summary = "Replace one activity line")
    ActivityLineView updateLine(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestBody LineForm form) {
        service.declaration(id, user);
        return service.updateLine(id, lineId, user, LineRequests.line(form));
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one activity line")
    void deleteLine(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @PathVariable UUID lineId) {
        service.deleteLine(id, lineId, user);
    }

    @PostMapping("/{id}/upload")
    @Operation(
            summary = "Upload activity data (.xlsx with one sheet per stage, or CSV with a stage column)",
            description = "All or nothing. The file's lines replace the lines of the stages it contains, so the"
                    + " same file uploaded twice gives the same lines. Errors name sheet, row, column and problem"
                    + " in the caller's language.")
    DeclarationService.UploadOutcome upload(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        return service.upload(id, user, file.getBytes());
    }

    @PostMapping("/{id}/calculate")
    @Operation(summary = "Calculate with the pinned release and store the result (optionally with Monte Carlo)")
    CalculationSnapshot calculate(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "monteCarlo", defaultValue = "false") boolean monteCarlo) {
        return calculations.calculate(id, user, monteCarlo);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The stored result; 400 when the declaration is not calculated")
    CalculationSnapshot result(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        CalculationSnapshot result = service.declaration(id, user).result();
        if (result == null) {
            throw new DomainException("declaration.result.none");
        }
        return result;
    }

    /** A completeness warning: its key and the text in the caller's language. */
    record CompletenessWarning(String messageKey, String message) {}

    @GetMapping("/{id}/completeness")
    @Operation(
            summary = "What the declaration lacks: empty stages, low primary-data share, required components"
                    + " without a company- or supplier-specific value (warnings; a draft is never blocked)")
    List<CompletenessWarning> completeness(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        Locale locale = LocaleContextHolder.getLocale();
        return service.completeness(id, user).stream()
                .map(w -> new CompletenessWarning(
                        w.messageKey(),
                        messages.getMessage(w.messageKey(), w.arguments().toArray(), w.messageKey(), locale)))
                .toList();
    }

    @GetMapping("/{id}/calculations")
    @Operation(summary = "Every calculation of the declaration (immutable records), newest first")
    List<CalculationSummary> calculations(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return records.history(id, user).stream().map(CalculationSummary::of).toList();
    }

    @GetMapping("/{id}/calculations/{sequence}")
    @Operation(
            summary = "One calculation record: inputs, result, fingerprint",
            description = "The fingerprint is SHA-256 (hex) over the RFC 8785 canonical form of"
                    + " {\"inputs\": inputsJson, \"result\": resultJson}; decimals are JSON strings.")
    CalculationRecord calculation(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @PathVariable int sequence) {
        return records.record(id, sequence, user);
    }

    @GetMapping("/{id}/calculations/changes")
    @Operation(summary = "What changed between two calculations of the declaration (inputs and figures)")
    CalculationChanges calculationChanges(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam("from") int from,
            @RequestParam("to") int to) {
        return records.changes(id, from, to, user);
    }

    @PostMapping("/{id}/what-if")
    @Operation(summary = "Change one line's quantity or factor value and compare; nothing is saved")
    DeclarationCalculations.Comparison whatIf(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody WhatIfRequest request) {
        return calculations.whatIf(
                id, user, request.line() - 1, request.quantity(), request.factorValue(), request.factorUnit());
    }

    @ExceptionHandler(UploadRejectedException.class)
    ResponseEntity<ProblemDetail> uploadRejected(UploadRejectedException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (UploadProblem p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("sheet", p.sheet());
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
            errors.add(error);
        }
        return problem(request, "declaration.upload.refused", new Object[] {errors.size()}, errors);
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> notAFile(Exception e, HttpServletRequest request) {
        return problem(request, "declaration.upload.noFile", new Object[0], List.of());
    }

    @ExceptionHandler(CalculationRefusedException.class)
    ResponseEntity<ProblemDetail> calculationRefused(CalculationRefusedException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (InputProblem p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.path());
            error.put("line", e.lineOf(p));
            error.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
            errors.add(error);
        }
        return problem(request, "declaration.calculate.refused", new Object[] {errors.size()}, errors);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, String key, Object[] arguments, List<Map<String, Object>> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setTitle(messages.getMessage("api.problem.title.400", null, "Bad Request", locale));
        body.setDetail(messages.getMessage(key, arguments, key, locale));
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
