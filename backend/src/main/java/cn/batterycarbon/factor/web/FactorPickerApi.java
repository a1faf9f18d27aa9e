package cn.batterycarbon.factor.web;

import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.factor.FactorFamily;
import cn.batterycarbon.factor.FactorSearch;
import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The searchable factor picker of the activity-line form: factors of one release matching a text
 * in code, name, unit or geography (code or name of a province or grid), each with the quantity
 * unit a line must use with it.
 */
@ApiController
@Tag(name = "Emission factors")
class FactorPickerApi {

    static final int LIMIT = 20;

    /** One hit: what the picker shows and what it fills (code and quantity unit). */
    record Hit(
            String code,
            String name,
            String unit,
            String quantityUnit,
            String geography,
            String geographyName,
            int year,
            String category,
            FactorFamily family) {}

    private final FactorReleaseService service;
    private final FactorCatalog catalog;
    private final FactorSearch search;
    private final MessageSource messages;

    FactorPickerApi(FactorReleaseService service, FactorCatalog catalog, FactorSearch search, MessageSource messages) {
        this.service = service;
        this.catalog = catalog;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/factor-picker")
    @Operation(
            summary = "Factors for the activity-line picker",
            description =
                    "Up to 20 active factors of the release (default: the latest published) whose code, Chinese or"
                            + " English name, unit or geography (code or name) contains the text; each with the quantity unit"
                            + " a line needs for it (kg for kgCO2e/kg).")
    List<Hit> pick(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) String release,
            @RequestParam(name = "q", required = false) String text) {
        String code = release == null || release.isBlank()
                ? catalog.latestPublishedRelease().orElse(null)
                : release;
        if (code == null) {
            return List.of();
        }
        FactorRelease r = service.release(code, user);
        Locale locale = LocaleContextHolder.getLocale();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (EmissionFactor f : search.search(
                        r.getId(),
                        new FactorSearch.Criteria(null, null, null, null, null, false),
                        PageRequest.of(0, 10_000, FactorSearch.ORDER))
                .getContent()) {
            String geographyName =
                    messages.getMessage("factor.geography." + f.getGeography(), null, f.getGeography(), locale);
            if (!wanted.isEmpty() && !matches(f, geographyName, wanted)) {
                continue;
            }
            hits.add(new Hit(
                    f.getCode(),
                    f.name(locale),
                    f.getUnit(),
                    quantityUnit(f.getUnit()),
                    f.getGeography(),
                    geographyName,
                    f.getYear(),
                    f.getCategory().name(),
                    f.family()));
            if (hits.size() == LIMIT) {
                break;
            }
        }
        return hits;
    }

    private static boolean matches(EmissionFactor f, String geographyName, String wanted) {
        return contains(f.getCode(), wanted)
                || contains(f.getNameZh(), wanted)
                || contains(f.getNameEn(), wanted)
                || contains(f.getUnit(), wanted)
                || contains(f.getGeography(), wanted)
                || contains(geographyName, wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The quantity unit of a factor unit: {@code kgCO2e/kg} → {@code kg}, {@code kgCO2e/(t*km)} → {@code t*km}. */
    static String quantityUnit(String factorUnit) {
        try {
            return ActivityUnits.factorUnit(factorUnit).perUnit();
        } catch (RuntimeException e) {
            int slash = factorUnit.indexOf('/');
            return slash < 0
                    ? null
                    : factorUnit.substring(slash + 1).replace("(", "").replace(")", "");
        }
    }
}
