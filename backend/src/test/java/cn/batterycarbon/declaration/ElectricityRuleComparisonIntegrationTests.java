package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worked example of methodology §12 as a stored declaration on the seeded release
 * CN-BCF-2026.2: recalculated under every rule set side by side (page and API), the mixing warning
 * on the market-based rule, a release without the footprint family refused by name, and the stored
 * result carrying the rule set and the mixing flag.
 */
@IntegrationTest
class ElectricityRuleComparisonIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Test
    void everyRuleSetSideBySideWithTheMixingWarning() throws Exception {
        Manufacturer maker = TestManufacturers.register(administration, users);
        DeclarationView declaration =
                electricityExample(maker.user(), "CN-BCF-2026.2", ElectricityRule.MARKET_BASED_CN);

        mvc.perform(get("/api/v1/declarations/" + declaration.id() + "/rule-comparison")
                        .param("lang", "en")
                        .with(user(maker.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factorRelease").value("CN-BCF-2026.2"))
                .andExpect(jsonPath("$.chosenRule").value("MARKET_BASED_CN"))
                .andExpect(jsonPath("$.rows.length()").value(4))
                .andExpect(jsonPath("$.rows[0].ruleSet").value("FOOTPRINT_CN 2026.1"))
                .andExpect(jsonPath("$.rows[0].mainProductionKgCo2e").value(1924.75))
                .andExpect(jsonPath("$.rows[0].electricityFamiliesMixed").value(false))
                .andExpect(jsonPath("$.rows[1].ruleSet").value("LOCATION_BASED 2026.1"))
                .andExpect(jsonPath("$.rows[1].mainProductionKgCo2e").value(2475.0))
                .andExpect(jsonPath("$.rows[2].ruleSet").value("MARKET_BASED_CN 2026.2"))
                .andExpect(jsonPath("$.rows[2].chosen").value(true))
                .andExpect(jsonPath("$.rows[2].mainProductionKgCo2e").value(1889.65))
                .andExpect(jsonPath("$.rows[2].electricityFamiliesMixed").value(true))
                .andExpect(jsonPath("$.rows[2].differenceToChosenKgCo2ePerKwh").value(0.0))
                .andExpect(jsonPath("$.rows[3].ruleSet").value("EU_DRAFT_DA 2026.2"))
                .andExpect(jsonPath("$.rows[3].mainProductionKgCo2e").value(2468.85));

        String page = mvc.perform(get("/declarations/" + declaration.id() + "/rules")
                        .param("lang", "en")
                        .with(user(maker.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("FOOTPRINT_CN 2026.1", "1924.750", "2475.000", "1889.650", "2468.850");
        assertThat(page).contains("mixes the two electricity factor families");

        // The stored result (what certificate data read) carries the rule set and the flag.
        CalculationSnapshot stored = calculations.calculate(declaration.id(), maker.user(), false);
        assertThat(stored.electricityRuleSet()).isEqualTo("MARKET_BASED_CN 2026.2");
        assertThat(stored.electricityFamiliesMixed()).isTrue();
        assertThat(stored.warnings())
                .extracting(CalculationSnapshot.Warning::messageKey)
                .contains("footprint.warning.electricity-families-mixed");
        mvc.perform(get("/api/v1/declarations/" + declaration.id() + "/result").with(user(maker.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.electricityRuleSet").value("MARKET_BASED_CN 2026.2"))
                .andExpect(jsonPath("$.electricityFamiliesMixed").value(true));
    }

    @Test
    void aReleaseWithoutTheFootprintFamilyIsRefusedByNameUnderTheRulesThatNeedIt() throws Exception {
        Manufacturer maker = TestManufacturers.register(administration, users);
        DeclarationView declaration = electricityExample(maker.user(), "CN-BCF-2026.1", ElectricityRule.LOCATION_BASED);

        mvc.perform(get("/api/v1/declarations/" + declaration.id() + "/rule-comparison")
                        .param("lang", "en")
                        .with(user(maker.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].calculated").value(false))
                .andExpect(jsonPath("$.rows[0].problem").value(org.hamcrest.Matchers.containsString("ELEC-CFP-")))
                .andExpect(jsonPath("$.rows[1].calculated").value(true))
                .andExpect(jsonPath("$.rows[1].chosen").value(true));
    }

    /** Methodology §12: 3000 kWh grid, 1000 kWh certified wind, 500 kWh direct PV, plant in Jiangsu. */
    private DeclarationView electricityExample(PlatformUser owner, String release, ElectricityRule rule) {
        PlantView plant = products.createPlant(owner, "常州工厂", "江苏省常州市", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                owner,
                new BatteryModelDetails(
                        "RULES-" + System.nanoTime(),
                        "Rules example",
                        Chemistry.LFP,
                        BatteryFormat.PACK,
                        new BigDecimal("62"),
                        new BigDecimal("60"),
                        new BigDecimal("384"),
                        new BigDecimal("161"),
                        new BigDecimal("385"),
                        VehicleCategory.M1,
                        new BigDecimal("8"),
                        null,
                        null,
                        null));
        DeclarationView declaration = declarations.create(
                owner,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        1000,
                        FunctionalUnitMethod.EU_FEQC,
                        rule,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        declarations.pinRelease(declaration.id(), owner, release);
        declarations.addLine(declaration.id(), owner, electricity("Grid electricity", "3000", "GRID", null, null));
        declarations.addLine(
                declaration.id(),
                owner,
                electricity("Certified wind", "1000", "GREEN_CERTIFICATE", "ELEC-CFP-WIND", "GEC-2026-000001"));
        declarations.addLine(
                declaration.id(), owner, electricity("Rooftop PV", "500", "GREEN_DIRECT_LINE", "ELEC-CFP-PV", null));
        return declarations.declaration(declaration.id(), owner);
    }

    private static LineData electricity(
            String description, String kwh, String supply, String factorCode, String certificates) {
        Map<LineColumn, String> cells = new EnumMap<>(LineColumn.class);
        cells.put(LineColumn.CATEGORY, "ELECTRICITY");
        cells.put(LineColumn.DESCRIPTION, description);
        cells.put(LineColumn.QUANTITY, kwh);
        cells.put(LineColumn.UNIT, "kWh");
        cells.put(LineColumn.ELECTRICITY_SUPPLY, supply);
        if (factorCode != null) {
            cells.put(LineColumn.FACTOR_CODE, factorCode);
        }
        if (certificates != null) {
            cells.put(LineColumn.CERTIFICATE_IDS, certificates);
        }
        LineValidatorResultCheck.requireValid(DeclarationService.validate(LifeCycleStage.MAIN_PRODUCTION, cells));
        return DeclarationService.validate(LifeCycleStage.MAIN_PRODUCTION, cells)
                .line();
    }

    /** Fails with the validator's problems instead of a null line. */
    private static final class LineValidatorResultCheck {
        static void requireValid(cn.batterycarbon.declaration.imports.LineValidator.Result result) {
            assertThat(result.line()).as("line problems: %s", result.problems()).isNotNull();
        }
    }
}
