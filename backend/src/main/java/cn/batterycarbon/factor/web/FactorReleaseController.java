package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.FactorImportException;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.ImportReport;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.factor.core.FactorFiles;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.FactorRowValidator;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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

/**
 * Releases: everyone sees the published ones; stewards create drafts, edit and import factors,
 * submit; reviewers of the same institute comment, approve (publish) or send back.
 */
@Controller
@RequestMapping("/factor-releases")
class FactorReleaseController {

    private static final String STEWARD = "hasRole('FACTOR_STEWARD')";
    private static final String REVIEWER = "hasRole('FACTOR_REVIEWER')";
    private static final String INSTITUTE = "hasAnyRole('FACTOR_STEWARD', 'FACTOR_REVIEWER')";

    private final FactorReleaseService service;

    FactorReleaseController(FactorReleaseService service) {
        this.service = service;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("releases", service.visibleReleases(user));
        model.addAttribute("canCreate", user.hasRole(Role.FACTOR_STEWARD));
        return "factor/releases";
    }

    @GetMapping("/new")
    @PreAuthorize(STEWARD)
    String newRelease(Model model) {
        ReleaseForm form = new ReleaseForm();
        model.addAttribute("form", form);
        model.addAttribute("latest", service.latestPublished().orElse(null));
        return "factor/release-form";
    }

    @PostMapping
    @PreAuthorize(STEWARD)
    String create(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") ReleaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("latest", service.latestPublished().orElse(null));
        if (result.hasErrors()) {
            return "factor/release-form";
        }
        FactorRelease release;
        try {
            release = service.createDraft(
                    new NewRelease(
                            form.getCode(),
                            form.getTitleZh(),
                            form.getTitleEn(),
                            form.getDescription(),
                            form.isCopyLatestPublished()),
                    user);
        } catch (DomainException e) {
            FormErrors.reject(result, e, e.messageKey().startsWith("factor.release.code") ? "code" : null);
            return "factor/release-form";
        }
        redirect.addFlashAttribute("message", "factor.release.created");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @GetMapping("/{code}")
    String release(@AuthenticationPrincipal PlatformUser user, @PathVariable String code, Model model) {
        FactorRelease release = service.release(code, user);
        List<EmissionFactor> factors = service.factors(release);
        model.addAttribute("release", release);
        model.addAttribute("factors", factors);
        model.addAttribute(
                "factorCodes",
                factors.stream()
                        .collect(Collectors.toMap(
                                EmissionFactor::getId, f -> f.key().toString())));
        var comments = service.comments(release);
        model.addAttribute("comments", comments);
        model.addAttribute(
                "releaseComments",
                comments.stream().filter(c -> c.getFactorId() == null).toList());
        java.util.Map<java.util.UUID, List<cn.batterycarbon.factor.domain.ReviewComment>> byFactor = comments.stream()
                .filter(c -> c.getFactorId() != null)
                .collect(Collectors.groupingBy(
                        cn.batterycarbon.factor.domain.ReviewComment::getFactorId,
                        java.util.LinkedHashMap::new,
                        Collectors.toList()));
        model.addAttribute("factorComments", byFactor);
        model.addAttribute(
                "factorCommentCount",
                byFactor.values().stream().mapToInt(List::size).sum());
        model.addAttribute("previous", service.previous(release).orElse(null));
        model.addAttribute("changes", service.changes(release));
        boolean member = !release.isPublished() && FactorReleaseService.canSee(release, user);
        model.addAttribute("canEdit", member && release.isDraft() && user.hasRole(Role.FACTOR_STEWARD));
        model.addAttribute("canReview", member && release.isInReview() && user.hasRole(Role.FACTOR_REVIEWER));
        model.addAttribute(
                "canComment", member && (user.hasRole(Role.FACTOR_REVIEWER) || user.hasRole(Role.FACTOR_STEWARD)));
        return "factor/release";
    }

    @PostMapping("/{code}/submit")
    @PreAuthorize(STEWARD)
    String submit(@AuthenticationPrincipal PlatformUser user, @PathVariable String code, RedirectAttributes redirect) {
        FactorRelease release = service.submitForReview(code, user);
        redirect.addFlashAttribute("message", "factor.release.submitted");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @PostMapping("/{code}/approve")
    @PreAuthorize(REVIEWER)
    String approve(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        FactorRelease release = service.approve(code, note, user);
        redirect.addFlashAttribute("message", "factor.release.approved");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @PostMapping("/{code}/send-back")
    @PreAuthorize(REVIEWER)
    String sendBack(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        FactorRelease release = service.sendBack(code, reason, user);
        redirect.addFlashAttribute("message", "factor.release.sentBack");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @PostMapping("/{code}/comments")
    @PreAuthorize(INSTITUTE)
    String comment(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(required = false) UUID factorId,
            @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        service.comment(code, factorId, body, user);
        redirect.addFlashAttribute("message", "factor.comment.added");
        return "redirect:/factor-releases/" + FactorRelease.normalizeCode(code) + "#comments";
    }

    // ---- factors of a draft ----

    @GetMapping("/{code}/factors/new")
    @PreAuthorize(STEWARD)
    String newFactor(@AuthenticationPrincipal PlatformUser user, @PathVariable String code, Model model) {
        FactorRelease release = service.release(code, user);
        release.requireEditable();
        return factorForm(release, null, new FactorForm(), model);
    }

    @PostMapping("/{code}/factors")
    @PreAuthorize(STEWARD)
    String addFactor(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @ModelAttribute("form") FactorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FactorRelease release = service.release(code, user);
        FactorRowValidator.Result validated = FactorRowValidator.validate(0, form.cells());
        if (!validated.valid()) {
            FactorPages.reject(result, validated.problems());
            return factorForm(release, null, form, model);
        }
        try {
            service.addFactor(code, validated.entry(), user);
        } catch (FactorImportException e) {
            FactorPages.reject(result, e.problems());
            return factorForm(release, null, form, model);
        }
        redirect.addFlashAttribute("message", "factor.added");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @GetMapping("/{code}/factors/{id}/edit")
    @PreAuthorize(STEWARD)
    String editFactor(
            @AuthenticationPrincipal PlatformUser user, @PathVariable String code, @PathVariable UUID id, Model model) {
        FactorRelease release = service.release(code, user);
        release.requireEditable();
        EmissionFactor factor = service.factor(release, id);
        return factorForm(release, factor, FactorForm.of(factor.entry()), model);
    }

    @PostMapping("/{code}/factors/{id}")
    @PreAuthorize(STEWARD)
    String updateFactor(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @PathVariable UUID id,
            @ModelAttribute("form") FactorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FactorRelease release = service.release(code, user);
        EmissionFactor factor = service.factor(release, id);
        FactorRowValidator.Result validated = FactorRowValidator.validate(0, form.cells());
        if (!validated.valid()) {
            FactorPages.reject(result, validated.problems());
            return factorForm(release, factor, form, model);
        }
        try {
            service.updateFactor(code, id, validated.entry(), user);
        } catch (FactorImportException e) {
            FactorPages.reject(result, e.problems());
            return factorForm(release, factor, form, model);
        }
        redirect.addFlashAttribute("message", "factor.updated");
        return "redirect:/factor-releases/" + release.getCode();
    }

    @PostMapping("/{code}/factors/{id}/retire")
    @PreAuthorize(STEWARD)
    String retire(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        service.retireFactor(code, id, user);
        redirect.addFlashAttribute("message", "factor.retired");
        return "redirect:/factor-releases/" + FactorRelease.normalizeCode(code);
    }

    @PostMapping("/{code}/factors/{id}/restore")
    @PreAuthorize(STEWARD)
    String restore(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        service.restoreFactor(code, id, user);
        redirect.addFlashAttribute("message", "factor.restored");
        return "redirect:/factor-releases/" + FactorRelease.normalizeCode(code);
    }

    private String factorForm(FactorRelease release, EmissionFactor factor, FactorForm form, Model model) {
        model.addAttribute("release", release);
        model.addAttribute("factor", factor);
        model.addAttribute("form", form);
        model.addAllAttributes(FactorPages.choices());
        return "factor/factor-form";
    }

    // ---- import and export ----

    @GetMapping("/{code}/import")
    @PreAuthorize(STEWARD)
    String importForm(@AuthenticationPrincipal PlatformUser user, @PathVariable String code, Model model) {
        FactorRelease release = service.release(code, user);
        release.requireEditable();
        model.addAttribute("release", release);
        model.addAttribute("maxMegabytes", FactorFiles.MAX_BYTES / (1024 * 1024));
        return "factor/import";
    }

    @PostMapping("/{code}/import")
    @PreAuthorize(STEWARD)
    String importFile(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        FactorRelease release = service.release(code, user);
        model.addAttribute("release", release);
        model.addAttribute("maxMegabytes", FactorFiles.MAX_BYTES / (1024 * 1024));
        List<FactorProblem> problems;
        if (file == null || file.isEmpty()) {
            problems = List.of(new FactorProblem(0, null, "factor.file.empty"));
        } else if (file.getSize() > FactorFiles.MAX_BYTES) {
            problems =
                    List.of(new FactorProblem(0, null, "factor.file.tooLarge", FactorFiles.MAX_BYTES / (1024 * 1024)));
        } else {
            try {
                ImportReport report = service.importFile(code, file.getBytes(), user);
                redirect.addFlashAttribute("message", "factor.import.done");
                redirect.addFlashAttribute("importReport", report);
                return "redirect:/factor-releases/" + release.getCode();
            } catch (FactorImportException e) {
                problems = e.problems();
            }
        }
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        model.addAttribute(
                "problems", problems.stream().map(FactorProblem::asFileProblem).toList());
        return "factor/import";
    }

    @GetMapping("/{code}/export")
    org.springframework.http.ResponseEntity<byte[]> export(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String code,
            @RequestParam(defaultValue = "csv") String format) {
        FactorRelease release = service.release(code, user);
        FactorFiles.Format chosen = FactorFileResponses.format(format);
        return FactorFileResponses.attachment(service.export(release, chosen), release.getCode(), chosen);
    }

    @GetMapping("/template")
    org.springframework.http.ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format) {
        FactorFiles.Format chosen = FactorFileResponses.format(format);
        return FactorFileResponses.attachment(FactorFileResponses.template(chosen), "factor-template", chosen);
    }
}
