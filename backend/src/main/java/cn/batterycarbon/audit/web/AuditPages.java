package cn.batterycarbon.audit.web;

import cn.batterycarbon.audit.AuditTrail;
import cn.batterycarbon.audit.AuditTrail.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The log browser for administrators and regulators: filters, pages, exports and chain verification. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditViews views;

    AuditPages(AuditTrail trail, AuditViews views) {
        this.trail = trail;
        this.views = views;
    }

    @GetMapping
    String log(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenant,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Filter filter =
                new Filter(actor, tenant, objectType, action, start(from), start(to == null ? null : to.plusDays(1)));
        List<AuditViews.EntryView> entries = trail.search(filter, Math.max(page, 0), PAGE_SIZE).stream()
                .map(e -> views.view(e, locale))
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", entries.size() == PAGE_SIZE);
        model.addAttribute("actor", actor);
        model.addAttribute("tenant", tenant);
        model.addAttribute("objectType", objectType);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "objectTypes",
                List.of(
                        "ORGANIZATION",
                        "USER",
                        "API_TOKEN",
                        "FACTOR_RELEASE",
                        "PLANT",
                        "BATTERY_MODEL",
                        "DECLARATION"));
        return "audit/log";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", AuditApi.VerificationView.of(trail.verify()));
        return "redirect:/audit";
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(AuditViews.CHINA).toInstant();
    }
}
