package cn.batterycarbon.supplier.web;

import cn.batterycarbon.declaration.BillOfMaterials.BomLine;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FormErrors;
import cn.batterycarbon.supplier.DataRequestService;
import cn.batterycarbon.supplier.RecordInput;
import cn.batterycarbon.supplier.RecordView;
import cn.batterycarbon.supplier.ReportingStandard;
import cn.batterycarbon.supplier.RequestView;
import cn.batterycarbon.supplier.SupplyChainTrace;
import cn.batterycarbon.supplier.UpstreamRecordService;
import cn.batterycarbon.supplier.UpstreamRecordService.Download;
import cn.batterycarbon.supplier.UpstreamRecordService.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the supply chain: requests, answers, records, evidence downloads and the trace tree; and
 * the read-only trace, records and evidence of a declaration for its verifiers. Each endpoint names
 * its roles (Spring Security would apply a class-level rule to the verifiers' endpoints as well).
 */
@Controller
class SupplyChainPages {

    private static final String REQUEST_FORM = "supplier/request-form";
    private static final String REQUEST = "supplier/request";
    private static final String RECORD_FORM = "supplier/record-form";

    private final DataRequestService requests;
    private final UpstreamRecordService records;
    private final SupplyChainTrace trace;
    private final TraceExports exports;

    SupplyChainPages(
            DataRequestService requests, UpstreamRecordService records, SupplyChainTrace trace, TraceExports exports) {
        this.requests = requests;
        this.records = records;
        this.trace = trace;
        this.exports = exports;
    }

    @ModelAttribute("standards")
    ReportingStandard[] standards() {
        return ReportingStandard.values();
    }

    @ModelAttribute("units")
    java.util.Set<String> units() {
        return ActivityUnits.quantityUnits();
    }

    // ---- requests ----

    @GetMapping("/supply-chain/requests")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String requestList(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("sent", requests.sent(user));
        model.addAttribute("received", requests.received(user));
        return "supplier/requests";
    }

    @GetMapping("/supply-chain/requests/new")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String newRequest(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(name = "declaration", required = false) UUID declarationId,
            @RequestParam(name = "line", required = false) UUID lineId,
            Model model) {
        RequestForm form = new RequestForm();
        LocalDate today = LocalDate.now();
        form.setPeriodStart(LocalDate.of(today.getYear() - 1, 1, 1));
        form.setPeriodEnd(LocalDate.of(today.getYear() - 1, 12, 31));
        form.setDueDate(today.plusWeeks(4));
        if (declarationId != null && lineId != null && user.hasRole(Role.MANUFACTURER)) {
            BomLine line = requests.bomLine(declarationId, lineId, user);
            form.setDeclarationId(declarationId);
            form.setLineId(lineId);
            form.setMaterial(line.description());
            form.setQuantityUnit(line.unit());
            model.addAttribute("bomLine", line);
        }
        model.addAttribute("form", form);
        return requestForm(user, model);
    }

    private String requestForm(PlatformUser user, Model model) {
        model.addAttribute("suppliers", requests.suppliers(user));
        return REQUEST_FORM;
    }

    @PostMapping("/supply-chain/requests")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String sendRequest(
            @AuthenticationPrincipal PlatformUser user,
            @ModelAttribute("form") RequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return requestForm(user, model);
        }
        try {
            RequestView sent = requests.send(user, form.command());
            redirect.addFlashAttribute("message", "supplier.request.sent");
            return "redirect:/supply-chain/requests/" + sent.id();
        } catch (FieldErrorsException e) {
            reject(result, e);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        return requestForm(user, model);
    }

    @GetMapping("/supply-chain/requests/{id}")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String request(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        RequestView request = requests.request(id, user);
        if (!model.containsAttribute("recordForm")) {
            RecordForm form = new RecordForm();
            form.setProductName(request.material());
            form.setDeclaredUnit(request.quantityUnit());
            form.setPeriodStart(request.periodStart().toString());
            form.setPeriodEnd(request.periodEnd().toString());
            model.addAttribute("recordForm", form);
        }
        return requestPage(user, request, model);
    }

    private String requestPage(PlatformUser user, RequestView request, Model model) {
        model.addAttribute("request", request);
        if (request.answerRecordId() != null) {
            model.addAttribute("record", records.record(request.answerRecordId(), user));
        }
        if (!request.sent()) {
            model.addAttribute("linkable", records.linkable(user));
            model.addAttribute(
                    "ownRecords",
                    records.ownRecords(user).stream().filter(RecordView::latest).toList());
        }
        model.addAttribute("maxEvidenceMb", records.maxEvidenceBytes() / (1024 * 1024));
        return REQUEST;
    }

    @PostMapping("/supply-chain/requests/{id}/remind")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String remind(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requests.remind(id, user);
        return done(redirect, "supplier.request.reminded", id);
    }

    @PostMapping("/supply-chain/requests/{id}/withdraw")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requests.withdraw(id, user);
        return done(redirect, "supplier.request.withdrawn", id);
    }

    @PostMapping("/supply-chain/requests/{id}/reopen")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String reopen(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        requests.reopen(id, user);
        return done(redirect, "supplier.request.reopened", id);
    }

    @PostMapping("/supply-chain/requests/{id}/accept")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String accept(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        RequestView request = requests.accept(id, user);
        if (request.declarationId() != null) {
            boolean calculated = requests.recalculate(request, user);
            redirect.addFlashAttribute(
                    "message", calculated ? "supplier.request.accepted.recalculated" : "supplier.request.accepted");
            return "redirect:/declarations/" + request.declarationId();
        }
        return done(redirect, "supplier.request.accepted", id);
    }

    @PostMapping("/supply-chain/requests/{id}/reject")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String rejectAnswer(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        requests.reject(id, user, reason);
        return done(redirect, "supplier.request.rejected", id);
    }

    @PostMapping("/supply-chain/requests/{id}/take-correction")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String takeCorrection(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        RequestView request = requests.takeCorrection(id, user);
        if (request.declarationId() != null) {
            boolean calculated = requests.recalculate(request, user);
            redirect.addFlashAttribute(
                    "message", calculated ? "supplier.request.corrected.recalculated" : "supplier.request.corrected");
            return "redirect:/declarations/" + request.declarationId();
        }
        return done(redirect, "supplier.request.corrected", id);
    }

    @PostMapping("/supply-chain/requests/{id}/decline")
    @PreAuthorize("hasRole('SUPPLIER')")
    String decline(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        requests.decline(id, user, reason);
        return done(redirect, "supplier.request.declined", id);
    }

    @PostMapping("/supply-chain/requests/{id}/answer")
    @PreAuthorize("hasRole('SUPPLIER')")
    String answer(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @ModelAttribute("recordForm") RecordForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "existingRecord", required = false) UUID existingRecord,
            Model model,
            RedirectAttributes redirect) {
        RequestView request = requests.request(id, user);
        try {
            if (existingRecord != null) {
                requests.answerWithRecord(id, user, existingRecord);
            } else {
                requests.answer(id, user, form.input(), form.disclosure(), uploads(files), form.getUpstream());
            }
            return done(redirect, "supplier.request.answered", id);
        } catch (FieldErrorsException e) {
            reject(result, e);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        return requestPage(user, request, model);
    }

    // ---- records ----

    @GetMapping("/supply-chain/records")
    @PreAuthorize("hasRole('SUPPLIER')")
    String recordList(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("records", records.ownRecords(user));
        return "supplier/records";
    }

    @GetMapping("/supply-chain/records/new")
    @PreAuthorize("hasRole('SUPPLIER')")
    String newRecord(@AuthenticationPrincipal PlatformUser user, Model model) {
        RecordForm form = new RecordForm();
        LocalDate today = LocalDate.now();
        form.setPeriodStart(LocalDate.of(today.getYear() - 1, 1, 1).toString());
        form.setPeriodEnd(LocalDate.of(today.getYear() - 1, 12, 31).toString());
        model.addAttribute("recordForm", form);
        return recordForm(user, model, null);
    }

    private String recordForm(PlatformUser user, Model model, RecordView correcting) {
        model.addAttribute("correcting", correcting);
        model.addAttribute("linkable", records.linkable(user));
        model.addAttribute("maxEvidenceMb", records.maxEvidenceBytes() / (1024 * 1024));
        return RECORD_FORM;
    }

    @PostMapping("/supply-chain/records")
    @PreAuthorize("hasRole('SUPPLIER')")
    String createRecord(
            @AuthenticationPrincipal PlatformUser user,
            @ModelAttribute("recordForm") RecordForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        try {
            RecordView created = records.create(user, form.input(), form.disclosure(), uploads(files));
            for (UUID upstream : form.getUpstream()) {
                records.linkUpstream(created.id(), user, upstream);
            }
            redirect.addFlashAttribute("message", "supplier.record.created");
            return "redirect:/supply-chain/records/" + created.id();
        } catch (FieldErrorsException e) {
            reject(result, e);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        return recordForm(user, model, null);
    }

    @GetMapping("/supply-chain/records/{id}")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String record(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        RecordView record = records.record(id, user);
        model.addAttribute("record", record);
        model.addAttribute("versions", records.versions(id, user));
        if (record.owner()) {
            model.addAttribute(
                    "linkable",
                    records.linkable(user).stream()
                            .filter(r -> !r.id().equals(id))
                            .toList());
            model.addAttribute("maxEvidenceMb", records.maxEvidenceBytes() / (1024 * 1024));
            if (!model.containsAttribute("disclosureForm")) {
                model.addAttribute("disclosureForm", RecordForm.of(RecordInput.of(record.data()), record.disclosure()));
            }
        }
        return "supplier/record";
    }

    @PostMapping("/supply-chain/records/{id}/disclosure")
    @PreAuthorize("hasRole('SUPPLIER')")
    String disclose(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @ModelAttribute("disclosureForm") RecordForm form,
            RedirectAttributes redirect) {
        records.disclose(id, user, form.disclosure());
        redirect.addFlashAttribute("message", "supplier.record.disclosureSaved");
        return "redirect:/supply-chain/records/" + id;
    }

    @PostMapping("/supply-chain/records/{id}/evidence")
    @PreAuthorize("hasRole('SUPPLIER')")
    String addEvidence(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        records.addEvidence(id, user, uploads(files));
        redirect.addFlashAttribute("message", "supplier.record.evidenceAdded");
        return "redirect:/supply-chain/records/" + id;
    }

    @PostMapping("/supply-chain/records/{id}/upstream")
    @PreAuthorize("hasRole('SUPPLIER')")
    String linkUpstream(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "upstream", required = false) UUID upstream,
            RedirectAttributes redirect) {
        if (!records.record(id, user).owner()) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        if (upstream == null) {
            throw new DomainException("supplier.record.upstream.choose");
        }
        records.linkUpstream(id, user, upstream);
        redirect.addFlashAttribute("message", "supplier.record.upstreamLinked");
        return "redirect:/supply-chain/records/" + id;
    }

    @GetMapping("/supply-chain/records/{id}/correct")
    @PreAuthorize("hasRole('SUPPLIER')")
    String correctForm(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        RecordView record = records.record(id, user);
        if (!record.owner()) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        model.addAttribute("recordForm", RecordForm.of(RecordInput.of(record.data()), record.disclosure()));
        return recordForm(user, model, record);
    }

    @PostMapping("/supply-chain/records/{id}/correct")
    @PreAuthorize("hasRole('SUPPLIER')")
    String correct(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @ModelAttribute("recordForm") RecordForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        RecordView record = records.record(id, user);
        if (!record.owner()) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        try {
            RecordView next = records.correct(id, user, form.input(), form.getCorrectionNote(), uploads(files));
            redirect.addFlashAttribute("message", "supplier.record.corrected");
            return "redirect:/supply-chain/records/" + next.id();
        } catch (FieldErrorsException e) {
            reject(result, e);
        } catch (DomainException e) {
            FormErrors.reject(result, e, messageField(e));
        }
        return recordForm(user, model, record);
    }

    @GetMapping("/supply-chain/evidence/{fileId}")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID fileId) {
        Download file = records.download(fileId, user);
        return SupplyChainPages.evidenceResponse(file);
    }

    // ---- trace ----

    @GetMapping("/supply-chain/declarations/{id}/trace")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String trace(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("trace", trace.trace(id, user));
        model.addAttribute("requests", requests.forDeclaration(id, user));
        return "supplier/trace";
    }

    @GetMapping("/supply-chain/declarations/{id}/trace.csv")
    @PreAuthorize("hasRole('MANUFACTURER')")
    ResponseEntity<byte[]> traceCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return exports.csv(trace.trace(id, user));
    }

    @GetMapping("/supply-chain/declarations/{id}/trace.xlsx")
    @PreAuthorize("hasRole('MANUFACTURER')")
    ResponseEntity<byte[]> traceXlsx(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return exports.xlsx(trace.trace(id, user));
    }

    // ---- a declaration's verifiers (assigned verifiers, the agency's leads; 404 for anyone else) ----
    // under the declaration's verification page, whose URL space the verification module reserves

    private static final String VERIFIER_BASE = "/verification/declarations/{id}/supply-chain";

    @GetMapping(VERIFIER_BASE)
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    String verifierTrace(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("trace", trace.forVerifier(id, user));
        model.addAttribute("supplyChainBase", verifierBase(id));
        return "supplier/trace";
    }

    @GetMapping(VERIFIER_BASE + "/records/{recordId}")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    String verifierRecord(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @PathVariable UUID recordId,
            Model model) {
        model.addAttribute("record", records.recordForVerifier(id, recordId, user));
        model.addAttribute("declarationId", id);
        model.addAttribute("supplyChainBase", verifierBase(id));
        return "supplier/record";
    }

    @GetMapping(VERIFIER_BASE + "/evidence/{fileId}")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    ResponseEntity<byte[]> verifierEvidence(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        return evidenceResponse(records.downloadForVerifier(id, fileId, user));
    }

    /** Where the shared record and trace templates link records and evidence files to, for verifiers. */
    private static String verifierBase(UUID declarationId) {
        return "/verification/declarations/" + declarationId + "/supply-chain";
    }

    // ---- helpers ----

    /** An evidence file as a download, with the SHA-256 that was verified before serving it. */
    static ResponseEntity<byte[]> evidenceResponse(Download file) {
        ResponseEntity<byte[]> download =
                Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.mediaType()));
        return ResponseEntity.ok()
                .headers(download.getHeaders())
                .header("X-Content-SHA256", file.sha256())
                .body(download.getBody());
    }

    private static String done(RedirectAttributes redirect, String message, UUID id) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/supply-chain/requests/" + id;
    }

    private static String messageField(DomainException e) {
        return e.messageKey().startsWith("supplier.record.correction.note") ? "correctionNote" : null;
    }

    static void reject(BindingResult result, FieldErrorsException e) {
        for (FieldErrorsException.FieldError error : e.errors()) {
            result.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
        }
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                if (file != null
                        && file.getOriginalFilename() != null
                        && !file.getOriginalFilename().isBlank()) {
                    throw new DomainException("supplier.evidence.empty", file.getOriginalFilename());
                }
                continue;
            }
            try {
                uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
