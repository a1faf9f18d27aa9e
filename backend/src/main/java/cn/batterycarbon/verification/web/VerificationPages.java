package cn.batterycarbon.verification.web;

import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.verification.AssuranceLevel;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.FindingSeverity;
import cn.batterycarbon.verification.Submission;
import cn.batterycarbon.verification.VerificationService;
import cn.batterycarbon.verification.VerificationService.Access;
import cn.batterycarbon.verification.VerificationService.NewFinding;
import cn.batterycarbon.verification.VerificationStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verification pages: the manufacturer's data-quality measures and submission, the worklist, and
 * one declaration in verification with its frozen packages, changes, findings, assignment, return
 * and approval. A refused rule is shown inside the form that caused it.
 */
@Controller
class VerificationPages {

    private static final String DETAIL = "verification/declaration";
    private static final String MEASURES = "verification/quality-measures";
    private static final String SUBMIT = "verification/submit";

    private final VerificationService service;

    VerificationPages(VerificationService service) {
        this.service = service;
    }

    // ---- manufacturer: data-quality measures ----

    @GetMapping("/verification/quality-measures")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String measures(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<DataQualityMeasures> history = service.measuresHistory(user);
        model.addAttribute("history", history);
        model.addAttribute("current", history.isEmpty() ? null : history.get(0));
        return MEASURES;
    }

    @PostMapping("/verification/quality-measures")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String reviseMeasures(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(defaultValue = "") String dataSources,
            @RequestParam(defaultValue = "") String metering,
            @RequestParam(defaultValue = "") String responsibilities,
            @RequestParam(defaultValue = "") String checks,
            @RequestParam(defaultValue = "") String recordKeeping,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            Model model,
            RedirectAttributes redirect) {
        List<DataQualityMeasures.NewAttachment> files = new ArrayList<>();
        if (attachments != null) {
            for (MultipartFile file : attachments) {
                if (!file.isEmpty()) {
                    files.add(new DataQualityMeasures.NewAttachment(
                            file.getOriginalFilename(),
                            file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
                            bytes(file)));
                }
            }
        }
        DataQualityMeasures.Content content =
                new DataQualityMeasures.Content(dataSources, metering, responsibilities, checks, recordKeeping);
        try {
            DataQualityMeasures saved = service.reviseMeasures(user, content, files);
            redirect.addFlashAttribute("message", "verification.measures.saved");
            redirect.addFlashAttribute("messageArguments", new Object[] {saved.version()});
            return "redirect:/verification/quality-measures";
        } catch (DomainException e) {
            model.addAttribute("draft", content);
            model.addAttribute("formError", e);
            return measures(user, model);
        }
    }

    @GetMapping("/verification/quality-measures/attachments/{id}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        var content = service.attachment(id, user);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content.content());
    }

    // ---- manufacturer: submission ----

    @GetMapping("/declarations/{id}/submit")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String submitForm(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("declaration", service.ownDeclaration(id, user));
        model.addAttribute("agencies", service.agencies());
        model.addAttribute("measures", service.currentMeasures(user).orElse(null));
        return SUBMIT;
    }

    @PostMapping("/declarations/{id}/submit")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String submit(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID agencyId,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.submit(id, agencyId, user);
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return submitForm(user, id, model);
        }
        redirect.addFlashAttribute("message", "verification.submitted");
        return "redirect:/verification/declarations/" + id;
    }

    @PostMapping("/verification/declarations/{id}/next-revision")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String nextRevision(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        service.access(id, user);
        DeclarationView next = service.startNextRevision(id, user);
        redirect.addFlashAttribute("message", "verification.nextRevision.started");
        return "redirect:/declarations/" + next.id();
    }

    // ---- everyone concerned ----

    @GetMapping("/verification")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR')")
    String worklist(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<DeclarationView> declarations = service.worklist(user);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.Map<UUID, String> companies = new java.util.HashMap<>();
        declarations.forEach(d -> companies.computeIfAbsent(
                d.organizationId(),
                id -> service.organization(id).map(o -> o.name(locale)).orElse("")));
        model.addAttribute("declarations", declarations);
        model.addAttribute("companies", companies);
        return "verification/worklist";
    }

    @GetMapping("/verification/declarations/{id}")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR')")
    String declaration(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Integer revision,
            Model model) {
        Access access = service.access(id, user);
        List<Submission> submissions = service.submissions(access);
        model.addAttribute("access", access);
        model.addAttribute("declaration", access.declaration());
        model.addAttribute("submissions", submissions);
        Submission shown = submissions.isEmpty()
                ? null
                : submissions.stream()
                        .filter(s -> revision == null || s.revision() == revision)
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        model.addAttribute("shown", shown);
        if (shown != null) {
            int index = submissions.indexOf(shown);
            if (index + 1 < submissions.size()) {
                Submission previous = submissions.get(index + 1);
                model.addAttribute("previous", previous);
                model.addAttribute("changes", VerificationService.changes(previous, shown));
            }
            model.addAttribute("measures", service.measures(shown.measuresId()));
        }
        model.addAttribute("findings", service.findings(access));
        model.addAttribute("statements", service.statements(id));
        model.addAttribute("assignees", service.assignees(access));
        model.addAttribute("severities", FindingSeverity.values());
        model.addAttribute("assuranceLevels", AssuranceLevel.values());
        model.addAttribute("today", LocalDate.now());
        if (access.lead() && access.declaration().verificationAgencyId() != null) {
            model.addAttribute(
                    "verifiers", service.verifiersOf(access.declaration().verificationAgencyId()));
        }
        service.organization(access.declaration().organizationId()).ifPresent(o -> model.addAttribute("company", o));
        if (access.declaration().verificationAgencyId() != null) {
            service.organization(access.declaration().verificationAgencyId())
                    .ifPresent(o -> model.addAttribute("agency", o));
        }
        return DETAIL;
    }

    @PostMapping("/verification/declarations/{id}/assignments")
    @PreAuthorize("hasRole('VERIFICATION_LEAD')")
    String assign(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID verifierId,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.assign(id, verifierId, user);
        } catch (DomainException e) {
            return refused(user, id, model, "assign", e);
        }
        redirect.addFlashAttribute("message", "verification.assigned");
        return "redirect:/verification/declarations/" + id;
    }

    @PostMapping("/verification/declarations/{id}/findings")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    String raiseFinding(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String line,
            @RequestParam(required = false) FindingSeverity severity,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String requestedCorrection,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            Model model,
            RedirectAttributes redirect) {
        Integer lineIndex = line == null || line.isBlank() ? null : Integer.valueOf(line);
        try {
            service.raiseFinding(id, new NewFinding(lineIndex, severity, text, requestedCorrection, dueDate), user);
        } catch (DomainException e) {
            return refused(user, id, model, "finding", e);
        }
        redirect.addFlashAttribute("message", "verification.finding.raised");
        return "redirect:/verification/declarations/" + id + "#findings";
    }

    @PostMapping("/verification/findings/{findingId}/response")
    @PreAuthorize("hasRole('MANUFACTURER')")
    String answer(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID findingId,
            // optional at binding so that other roles get 403 from @PreAuthorize, not a 400
            @RequestParam(required = false) UUID declarationId,
            @RequestParam(defaultValue = "") String response,
            Model model,
            RedirectAttributes redirect) {
        if (declarationId == null) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        try {
            service.answer(findingId, response, user);
        } catch (DomainException e) {
            model.addAttribute("answerFinding", findingId);
            return refused(user, declarationId, model, "answer", e);
        }
        redirect.addFlashAttribute("message", "verification.finding.answered");
        return "redirect:/verification/declarations/" + declarationId + "#findings";
    }

    @PostMapping("/verification/declarations/{id}/return")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    String returnForCorrection(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.returnForCorrection(id, user);
        } catch (DomainException e) {
            return refused(user, id, model, "decision", e);
        }
        redirect.addFlashAttribute("message", "verification.returned");
        return "redirect:/verification/declarations/" + id;
    }

    @PostMapping("/verification/declarations/{id}/approve")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
    String approve(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String materiality,
            @RequestParam(required = false) AssuranceLevel assuranceLevel,
            @RequestParam(defaultValue = "") String standard,
            @RequestParam(defaultValue = "") String conclusion,
            Model model,
            RedirectAttributes redirect) {
        VerificationStatement.Content content =
                new VerificationStatement.Content(scope, materiality, assuranceLevel, standard, conclusion);
        try {
            service.approve(id, content, user);
        } catch (DomainException e) {
            model.addAttribute("statementDraft", content);
            return refused(user, id, model, "decision", e);
        }
        redirect.addFlashAttribute("message", "verification.approved");
        return "redirect:/verification/declarations/" + id;
    }

    private String refused(PlatformUser user, UUID id, Model model, String form, DomainException e) {
        model.addAttribute("formError", e);
        model.addAttribute("formErrorIn", form);
        return declaration(user, id, null, model);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
