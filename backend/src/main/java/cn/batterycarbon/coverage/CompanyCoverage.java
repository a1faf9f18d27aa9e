package cn.batterycarbon.coverage;

import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.product.Chemistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One declarant's pilot coverage.
 *
 * @param models battery models registered (taken as the models the company sells)
 * @param declaredModels models with a declaration submitted, under verification, approved or certified
 * @param inProgressModels models with declarations none of which is submitted yet
 * @param certifiedModels models holding a certificate; null while no certificate data exists
 * @param requiredModels what the pilot asks: five typical models, or every model if fewer
 * @param missingChemistries chemistries sold without a declared model
 */
public record CompanyCoverage(
        UUID organizationId,
        String nameZh,
        String nameEn,
        OrganizationType type,
        int models,
        int declaredModels,
        int inProgressModels,
        Integer certifiedModels,
        int requiredModels,
        Set<Chemistry> chemistries,
        Set<Chemistry> missingChemistries,
        List<ChemistryCoverage> byChemistry) {

    /** The pilot's minimum number of typical pack models per declarant. */
    public static final int PILOT_MINIMUM_MODELS = 5;

    /** Per chemistry: models, declared, in progress, certified (null: no certificate data), undeclared models. */
    public record ChemistryCoverage(
            Chemistry chemistry,
            int models,
            int declared,
            int inProgress,
            Integer certified,
            List<String> undeclaredModelCodes) {}

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** How many more models must be declared to reach the pilot's minimum. */
    @JsonProperty
    public int missingModels() {
        return Math.max(0, requiredModels - declaredModels);
    }

    /** Enough typical models declared and every chemistry sold covered. */
    @JsonProperty
    public boolean meetsPilot() {
        return models > 0 && missingModels() == 0 && missingChemistries.isEmpty();
    }
}
