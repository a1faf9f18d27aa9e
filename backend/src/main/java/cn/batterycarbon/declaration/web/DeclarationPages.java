package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.ActivityLineView;
import cn.batterycarbon.declaration.CalculationRecords;
import cn.batterycarbon.declaration.CalculationRefusedException;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.LineCategory;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.RecyclingRoute;
import cn.batterycarbon.declaration.TransportMode;
import cn.batterycarbon.declaration.UploadRejectedException;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.ElectricitySupply;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.files.Downloads;
import cn.batterycarbon.platform.numbers.NumberRefusedException;
import cn.batterycarbon.platform.numbers.Numbers;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FormErrors;
import cn.batterycarbon.product.ProductCatalog;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manufacturer's declaration pages: settings, activity data, upload, result, comparisons. */
@Controller
@PreAuthorize("hasRole('MANUFACTURER')")
class DeclarationPages {

    private static final String FORM = "declaration/declaration-form";
    private static final String DETAIL = "declaration/declaration";
    private static final String COMPARISON = "declaration/comparison";

    private final DeclarationService service;
    private final DeclarationCalculations calculations;
    private final CalculationRecords records;
    private final ProductCatalog products;
    private final TemplateFiles templates;
    private final java.util.List<cn.batterycarbon.declaration.DeclarationNotices> notices;

    DeclarationPages(
            DeclarationService service,
            DeclarationCalculations calculations,
            CalculationRecords records,
            ProductCatalog products,
            TemplateFiles templates,
            java.util.List<cn.batterycarbon.declaration.DeclarationNotices> notices) {
        this.service = service;
        this.calculations = calculations;
        this.records = records;
        this.products = products;
        this.templates = templates;
        this.notices = notices;
    }

    @GetMapping("/declarations")
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("declarations", service.declarations(user));
        return "declaration/declarations";
    }

    @GetMapping("/declarations/new")
    String newDeclaration(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", new DeclarationForm());
        return form(user, model, null);
    }

    @PostMapping("/declarations")
    String create(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") DeclarationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(user, model, null);
        }
        try {
            DeclarationView created = service.create(user, form.command());
            redirect.addFlashAttribute("message", "declaration.created");
            return "redirect:/declarations/" + created.id();
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return form(user, model, null);
        }
    }

    @GetMapping("/declarations/{id}/edit")
    String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", DeclarationForm.of(service.declaration(id, user)));
        return form(user, model, id);
    }

    @PostMapping("/declarations/{id}")
    String update(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DeclarationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        service.declaration(id, user);
        if (result.hasErrors()) {
            return form(user, model, id);
        }
        try {
            service.update(id, form.getVersion(), user, form.command());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return form(user, model, id);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return form(user, model, id);
        }
        redirect.addFlashAttribute("message", "declaration.updated");
        return "redirect:/declarations/" + id;
    }

    private String form(PlatformUser user, Model model, UUID id) {
        model.addAttribute("declarationId", id);
        model.addAttribute("models", products.models(user));
        model.addAttribute("plants", products.plants(user));
        model.addAttribute("methods", FunctionalUnitMethod.values());
        model.addAttribute("rules", ElectricityRule.values());
        return FORM;
    }

    @PostMapping("/declarations/{id}/delete")
    String delete(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        service.delete(id, user);
        redirect.addFlashAttribute("message", "declaration.deleted");
        return "redirect:/declarations";
    }

    /** Lines per stage and page: a declaration with 100,000 lines still opens quickly. */
    static final int LINES_PER_PAGE = 50;

    @GetMapping("/declarations/{id}")
    String show(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "stage", required = false) String stage,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        if (!model.containsAttribute("lineForm")) {
            LineForm line = new LineForm();
            line.setStage(LifeCycleStage.RAW_MATERIAL_EXTRACTION.batteryPassName());
            model.addAttribute("lineForm", line);
        }
        model.addAttribute("pagedStage", stage);
        model.addAttribute("pagedPage", page);
        return detail(user, id, model);
    }

    @GetMapping("/declarations/{id}/lines/{lineId}/edit")
    String editLine(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @PathVariable UUID lineId, Model model) {
        ActivityLineView line = service.line(id, lineId, user);
        model.addAttribute("lineForm", LineForm.of(line.line()));
        model.addAttribute("editingLine", line.id());
        model.addAttribute("lineFormOpen", true);
        model.addAttribute("pagedStage", line.line().stage().batteryPassName());
        model.addAttribute("pagedPage", 0);
        return detail(user, id, model);
    }

    @PostMapping("/declarations/{id}/lines/{lineId}")
    String updateLine(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @ModelAttribute("lineForm") LineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        service.line(id, lineId, user); // another organization's line: 404 before any form error
        LineData line = LineRequests.line(form, result);
        if (line == null) {
            model.addAttribute("lineFormOpen", true);
            model.addAttribute("editingLine", lineId);
            return detail(user, id, model);
        }
        service.updateLine(id, lineId, user, line);
        redirect.addFlashAttribute("message", "declaration.line.updated");
        return "redirect:/declarations/" + id + "#lines";
    }

    private String detail(PlatformUser user, UUID id, Model model) {
        DeclarationView declaration = service.declaration(id, user);
        model.addAttribute("declaration", declaration);
        model.addAttribute("completeness", service.completeness(id, user));
        LifeCycleStage pagedStage = null;
        Object stageName = model.getAttribute("pagedStage");
        for (LifeCycleStage s : LifeCycleStage.values()) {
            if (s.batteryPassName().equals(stageName)) {
                pagedStage = s;
            }
        }
        Object page = model.getAttribute("pagedPage");
        model.addAttribute(
                "stagePages",
                service.linePages(id, user, pagedStage, page instanceof Integer p ? p : 0, LINES_PER_PAGE));
        model.addAttribute("stages", LifeCycleStage.values());
        model.addAttribute("categories", LineCategory.values());
        model.addAttribute("supplies", ElectricitySupply.values());
        model.addAttribute("transportModes", TransportMode.values());
        model.addAttribute("routes", RecyclingRoute.values());
        model.addAttribute("latestRelease", calculations.latestRelease());
        model.addAttribute(
                "notices",
                notices.stream().flatMap(n -> n.noticesFor(id, user).stream()).toList());
        model.addAttribute(
                "moduleLinks",
                notices.stream()
                        .map(n -> n.linkFor(id))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return DETAIL;
    }

    @PostMapping("/declarations/{id}/lines")
    String addLine(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @ModelAttribute("lineForm") LineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LineData line = LineRequests.line(form, result);
        if (line == null) {
            model.addAttribute("lineFormOpen", true);
            return detail(user, id, model);
        }
        service.addLine(id, user, line);
        redirect.addFlashAttribute("message", "declaration.line.added");
        return "redirect:/declarations/" + id + "#lines";
    }

    @PostMapping("/declarations/{id}/lines/{lineId}/delete")
    String deleteLine(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            RedirectAttributes redirect) {
        service.deleteLine(id, lineId, user);
        redirect.addFlashAttribute("message", "declaration.line.deleted");
        return "redirect:/declarations/" + id + "#lines";
    }

    @PostMapping("/declarations/{id}/upload")
    String upload(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            DeclarationService.UploadOutcome outcome = service.upload(id, user, file.getBytes());
            redirect.addFlashAttribute("message", "declaration.upload.done");
            redirect.addFlashAttribute("uploadedLines", outcome.lines());
            return "redirect:/declarations/" + id;
        } catch (UploadRejectedException e) {
            model.addAttribute("uploadProblems", e.problems());
            model.addAttribute("uploadFileName", file.getOriginalFilename());
            LineForm line = new LineForm();
            line.setStage(LifeCycleStage.RAW_MATERIAL_EXTRACTION.batteryPassName());
            model.addAttribute("lineForm", line);
            return detail(user, id, model);
        }
    }

    /** An upload without a file (not a multipart request, or no file part). */
    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String notAFile(Model model) {
        model.addAttribute("messageKey", "declaration.upload.noFile");
        model.addAttribute("messageArguments", new Object[0]);
        return "error/rule";
    }

    @PostMapping("/declarations/{id}/release")
    String pinRelease(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam("releaseCode") String releaseCode,
            RedirectAttributes redirect) {
        service.pinRelease(id, user, releaseCode.strip());
        redirect.addFlashAttribute("message", "declaration.release.pinned");
        return "redirect:/declarations/" + id;
    }

    @PostMapping("/declarations/{id}/calculate")
    String calculate(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "monteCarlo", defaultValue = "false") boolean monteCarlo,
            Model model,
            RedirectAttributes redirect) {
        try {
            calculations.calculate(id, user, monteCarlo);
        } catch (CalculationRefusedException e) {
            model.addAttribute("calculationProblems", e.problems());
            model.addAttribute("refused", e);
            LineForm line = new LineForm();
            line.setStage(LifeCycleStage.RAW_MATERIAL_EXTRACTION.batteryPassName());
            model.addAttribute("lineForm", line);
            return detail(user, id, model);
        }
        redirect.addFlashAttribute("message", "declaration.calculated");
        return "redirect:/declarations/" + id + "/result";
    }

    /** Provenance lines per page of the result page. */
    static final int RESULT_LINES_PER_PAGE = 100;

    @GetMapping("/declarations/{id}/result")
    String result(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        DeclarationView declaration = service.declaration(id, user);
        if (declaration.result() == null) {
            throw new DomainException("declaration.result.none");
        }
        model.addAttribute("declaration", declaration);
        model.addAttribute("result", declaration.result());
        int total = declaration.result().lines().size();
        int pages = Math.max(1, (total + RESULT_LINES_PER_PAGE - 1) / RESULT_LINES_PER_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute(
                "provenanceLines",
                declaration
                        .result()
                        .lines()
                        .subList(shown * RESULT_LINES_PER_PAGE, Math.min(total, (shown + 1) * RESULT_LINES_PER_PAGE)));
        model.addAttribute("provenancePage", shown);
        model.addAttribute("provenancePages", pages);
        model.addAttribute("provenancePageSize", RESULT_LINES_PER_PAGE);
        model.addAttribute("provenanceTotal", total);
        model.addAttribute("calculations", records.history(id, user));
        return "declaration/result";
    }

    @GetMapping("/declarations/{id}/calculations/compare")
    String compareCalculations(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam("from") int from,
            @RequestParam("to") int to,
            Model model) {
        model.addAttribute("declaration", service.declaration(id, user));
        model.addAttribute("changes", records.changes(id, from, to, user));
        return "declaration/calculation-changes";
    }

    @GetMapping("/declarations/{id}/what-if")
    String whatIfForm(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("declaration", service.declaration(id, user));
        model.addAttribute("lines", service.lines(id, user));
        return "declaration/what-if";
    }

    @PostMapping("/declarations/{id}/what-if")
    String whatIf(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "line", required = false) String line,
            @RequestParam(name = "quantity", required = false) String quantity,
            @RequestParam(name = "factorValue", required = false) String factorValue,
            @RequestParam(name = "factorUnit", required = false) String factorUnit,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        DeclarationView declaration = service.declaration(id, user);
        List<FieldErrorsException.FieldError> errors = new ArrayList<>();
        Integer lineNumber = null;
        try {
            lineNumber = Integer.valueOf(line == null ? "" : line.strip());
        } catch (NumberFormatException e) {
            errors.add(
                    new FieldErrorsException.FieldError("line", "declaration.whatIf.noSuchLine", String.valueOf(line)));
        }
        BigDecimal newQuantity = number("quantity", quantity, errors);
        BigDecimal newFactor = number("factorValue", factorValue, errors);
        try {
            if (!errors.isEmpty()) {
                throw new FieldErrorsException(errors);
            }
            model.addAttribute("declaration", declaration);
            model.addAttribute(
                    "comparison", calculations.whatIf(id, user, lineNumber - 1, newQuantity, newFactor, factorUnit));
            return COMPARISON;
        } catch (FieldErrorsException e) {
            Map<String, List<FieldErrorsException.FieldError>> byField = new LinkedHashMap<>();
            e.errors()
                    .forEach(err -> byField.computeIfAbsent(err.field(), k -> new ArrayList<>())
                            .add(err));
            model.addAttribute("whatIfErrors", byField);
            model.addAttribute("whatIfLine", line);
            model.addAttribute("whatIfQuantity", quantity);
            model.addAttribute("whatIfFactorValue", factorValue);
            model.addAttribute("whatIfFactorUnit", factorUnit);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return whatIfForm(user, id, model);
        }
    }

    /**
     * A number typed into a form: blank is "not given", anything else is read by the platform's one
     * number rule (format only; the calculation checks each value's domain and names the field).
     */
    private static BigDecimal number(String field, String text, List<FieldErrorsException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Numbers.read(text);
        } catch (NumberRefusedException e) {
            errors.add(new FieldErrorsException.FieldError(field, e.messageKey(), e.arguments()));
            return null;
        }
    }

    @GetMapping("/declarations/{id}/compare-release")
    String compareRelease(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam("release") String release,
            Model model) {
        model.addAttribute("declaration", service.declaration(id, user));
        model.addAttribute("comparison", calculations.withRelease(id, user, release.strip()));
        return COMPARISON;
    }

    @GetMapping("/declarations/compare")
    String compare(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam("left") UUID left,
            @RequestParam("right") UUID right,
            Model model) {
        model.addAttribute("comparison", calculations.compare(left, right, user));
        return COMPARISON;
    }

    @GetMapping("/declarations/release-impact")
    String releaseImpact(@AuthenticationPrincipal PlatformUser user, Model model) {
        String latest = calculations.latestRelease();
        model.addAttribute("latestRelease", latest);
        model.addAttribute("impacts", calculations.releaseImpact(user, latest));
        return "declaration/release-impact";
    }

    @PostMapping("/declarations/release-impact/recalculate")
    String recalculate(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
        DeclarationCalculations.Recalculation done = calculations.recalculateDrafts(user, calculations.latestRelease());
        redirect.addFlashAttribute("message", "declaration.impact.recalculated");
        redirect.addFlashAttribute("recalculation", done);
        return "redirect:/declarations/release-impact";
    }

    @GetMapping("/declarations/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return Downloads.attachment(templates.xlsx(), "declaration-template.xlsx");
    }

    /** The Excel template pre-filled with the declaration's lines (404 for another organization's). */
    @GetMapping("/declarations/{id}/lines.xlsx")
    ResponseEntity<byte[]> linesXlsx(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        List<LineData> lines = service.lines(id, user).stream()
                .map(cn.batterycarbon.declaration.ActivityLineView::line)
                .toList();
        return Downloads.attachment(templates.xlsx(lines), "declaration-" + id + "-lines.xlsx");
    }

    @GetMapping("/declarations/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return Downloads.attachment(templates.csv(), "declaration-template.csv");
    }
}
