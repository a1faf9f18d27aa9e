package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.factor.application.FactorReleaseService;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A newer factor release with a lower East China grid factor is published: the maker sees which
 * declaration it would change and by how much, and recalculating drafts moves them to it.
 */
@IntegrationTest
class ReleaseImpactIntegrationTests {

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

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Autowired
    FactorReleaseService releases;

    @Test
    void aNewerReleaseShowsItsEffectAndDraftsAreRecalculatedOnIt() throws Exception {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        PlantView plant = products.createPlant(maker, "无锡工厂", "江苏省无锡市", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        "IMPACT-1",
                        "LFP",
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
                maker,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        100,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        declarations.addLine(
                declaration.id(),
                maker,
                DeclarationService.validate(
                                LifeCycleStage.MAIN_PRODUCTION,
                                Map.of(
                                        LineColumn.CATEGORY, "ELECTRICITY",
                                        LineColumn.DESCRIPTION, "Grid electricity",
                                        LineColumn.QUANTITY, "3600",
                                        LineColumn.UNIT, "kWh",
                                        LineColumn.ELECTRICITY_SUPPLY, "GRID"))
                        .line());
        // A company-specific line (1000 kg CO2e) that no release changes: the impact is the whole
        // footprint as the core calculates it, not a second calculation of background lines only.
        declarations.addLine(
                declaration.id(),
                maker,
                DeclarationService.validate(
                                LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                Map.of(
                                        LineColumn.CATEGORY, "MATERIAL",
                                        LineColumn.DESCRIPTION, "Cathode",
                                        LineColumn.QUANTITY, "100",
                                        LineColumn.UNIT, "kg",
                                        LineColumn.FACTOR_VALUE, "10",
                                        LineColumn.FACTOR_UNIT, "kgCO2e/kg"))
                        .line());
        BigDecimal before =
                calculations.calculate(declaration.id(), maker, false).absoluteKgCo2e();
        String oldRelease = declaration.factorReleaseCode();

        String newRelease = publishReleaseWithEastGridFactor("0.5000");

        List<DeclarationCalculations.ReleaseImpact> impacts = calculations.releaseImpact(maker, newRelease);
        assertThat(impacts).hasSize(1);
        DeclarationCalculations.ReleaseImpact impact = impacts.get(0);
        assertThat(impact.declaration().id()).isEqualTo(declaration.id());
        assertThat(impact.impact().fromRelease()).isEqualTo(oldRelease);
        assertThat(impact.impact().emissionsBefore()).isEqualByComparingTo(before);
        assertThat(impact.impact().emissionsAfter()).isEqualByComparingTo("2800");
        assertThat(impact.impact().lines())
                .singleElement()
                .satisfies(l -> assertThat(l.factorCode()).isEqualTo("ELEC-GRID"));
        assertThat(impact.impact().relativeChange().signum()).isNegative();

        mvc.perform(get("/declarations/release-impact").with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("IMPACT-1")))
                .andExpect(content().string(containsString(newRelease)));

        // The factor API's impact list shows a caller only their own organization's declarations
        // (regulators see all): another manufacturer does not learn of this one.
        String id = declaration.id().toString();
        mvc.perform(get("/api/v1/factor-releases/" + newRelease + "/impact").with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/api/v1/factor-releases/" + newRelease + "/impact")
                        .with(user(userDetails.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));
        mvc.perform(get("/api/v1/factor-releases/" + newRelease + "/impact")
                        .with(user(userDetails.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));

        DeclarationCalculations.Recalculation done = calculations.recalculateDrafts(maker, newRelease);
        assertThat(done.recalculated()).isEqualTo(1);
        assertThat(done.failed()).isEmpty();
        DeclarationView after = declarations.declaration(declaration.id(), maker);
        assertThat(after.factorReleaseCode()).isEqualTo(newRelease);
        assertThat(after.status()).isEqualTo(DeclarationStatus.CALCULATED);
        assertThat(after.result().absoluteKgCo2e())
                .isEqualByComparingTo(impact.impact().emissionsAfter());
        assertThat(after.result().lines().get(1).factorRelease()).isEqualTo(newRelease);
        assertThat(calculations.releaseImpact(maker, newRelease)).isEmpty();
    }

    /** A steward publishes a copy of the latest release plus a 2024 East China grid factor. */
    private String publishReleaseWithEastGridFactor(String value) {
        PlatformUser steward = (PlatformUser) users.loadUserByUsername("steward");
        PlatformUser expert = (PlatformUser) users.loadUserByUsername("expert");
        String code = "IT-DECL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        releases.createDraft(new FactorReleaseService.NewRelease(code, "测试", "Test", null, true), steward);
        String csv = "code,category,name_zh,name_en,value,unit,geography,year,source,source_url,"
                + "pedigree_reliability,pedigree_completeness,pedigree_temporal,pedigree_geographical,"
                + "pedigree_technological,uncertainty_distribution,uncertainty_a,uncertainty_b,note\n"
                + "ELEC-GRID,GRID_ELECTRICITY,电网平均电力,\"Grid electricity, average\"," + value
                + ",kgCO2e/kWh,CN-GRID-EAST,2024,\"Test fixture of the platform test suite, not real data\","
                + "https://example.org/test-fixture,1,1,1,1,1,,,,test fixture\n";
        releases.importFile(code, csv.getBytes(StandardCharsets.UTF_8), steward);
        releases.submitForReview(code, steward);
        releases.approve(code, "Test release", expert);
        return code;
    }
}
