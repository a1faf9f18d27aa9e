package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.factor.FactorSearch;
import cn.batterycarbon.factor.ResolvedFactor;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.core.FactorCategory;
import cn.batterycarbon.factor.core.Geographies;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.EmissionFactors;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.factor.domain.FactorReleases;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing and searching factors, and looking one up as a calculation would: every signed-in user. */
@Controller
@RequestMapping("/factors")
class FactorBrowseController {

    static final int PAGE_SIZE = 50;

    private final FactorReleaseService service;
    private final FactorSearch search;
    private final FactorCatalog catalog;
    private final EmissionFactors factors;
    private final FactorReleases releases;

    FactorBrowseController(
            FactorReleaseService service,
            FactorSearch search,
            FactorCatalog catalog,
            EmissionFactors factors,
            FactorReleases releases) {
        this.service = service;
        this.search = search;
        this.catalog = catalog;
        this.factors = factors;
        this.releases = releases;
    }

    @GetMapping
    String browse(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) String release,
            @RequestParam(required = false) FactorCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String geography,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("releases", service.visibleReleases(user));
        Optional<FactorRelease> selected = release == null || release.isBlank()
                ? service.latestPublished()
                : Optional.of(service.release(release, user));
        model.addAttribute("release", selected.orElse(null));
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("geography", geography);
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        model.addAllAttributes(FactorPages.choices());
        if (selected.isPresent()) {
            UUID releaseId = selected.get().getId();
            Page<EmissionFactor> result = search.search(
                    releaseId,
                    new FactorSearch.Criteria(category, q, blankToNull(geography), year, blankToNull(unit), false),
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE, FactorSearch.ORDER));
            model.addAttribute("page", result);
            model.addAttribute("units", factors.unitsOf(releaseId));
            model.addAttribute("years", factors.yearsOf(releaseId));
        }
        return "factor/browse";
    }

    @GetMapping("/{id}")
    String factor(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        EmissionFactor factor = factors.findById(id).orElseThrow(NotFoundException::new);
        FactorRelease release = releases.findById(factor.getReleaseId()).orElseThrow(NotFoundException::new);
        if (!FactorReleaseService.canSee(release, user)) {
            throw new NotFoundException();
        }
        model.addAttribute("factor", factor);
        model.addAttribute("release", release);
        return "factor/factor";
    }

    /** The factor a calculation would use: the lookup with its fallback, on a published release. */
    @GetMapping("/lookup")
    String lookup(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) String release,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String geography,
            @RequestParam(required = false) Integer year,
            Model model) {
        model.addAttribute("releases", service.publishedReleases());
        model.addAttribute("geographies", Geographies.codes());
        String releaseCode = release == null || release.isBlank()
                ? catalog.latestPublishedRelease().orElse(null)
                : release;
        model.addAttribute("selectedRelease", releaseCode);
        model.addAttribute("code", code);
        model.addAttribute("geography", geography);
        model.addAttribute("year", year);
        if (releaseCode != null && code != null && !code.isBlank()) {
            cn.batterycarbon.factor.FactorTable table = catalog.publishedRelease(releaseCode);
            String wanted = code.trim().toUpperCase(java.util.Locale.ROOT);
            Optional<ResolvedFactor> found = table.find(wanted, blankToNull(geography), year);
            model.addAttribute("searched", true);
            model.addAttribute("resolved", found.orElse(null));
            if (found.isEmpty()) {
                model.addAttribute("absence", table.absence(wanted, blankToNull(geography), year));
            }
        }
        return "factor/lookup";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
