package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15 points 5 and 6: importers and vehicle makers are declarants with the manufacturer's
 * workspace; the measured-cycles method needs the model's cycle-life test basis; a background
 * factor whose category does not fit the line (a process-emission factor on a material line) is
 * warned about on the result.
 */
@IntegrationTest
class DeclarantsAndFactorFitIntegrationTests {

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProductCatalog products;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Test
    void importersAndVehicleMakersDeclareWithTheManufacturersRole() {
        for (OrganizationType type :
                new OrganizationType[] {OrganizationType.BATTERY_IMPORTER, OrganizationType.VEHICLE_MAKER}) {
            assertThat(type.declarant()).isTrue();
            assertThat(Role.MANUFACTURER.grantableIn(type)).isTrue();
            Organization organization = register(type);
            String username = "decl" + Long.toString(System.nanoTime(), 36);
            administration.createUser(new OrganizationAdministration.NewUser(
                    organization.getId(),
                    username,
                    "申报人",
                    username + "@example.com",
                    Set.of(Role.MANUFACTURER),
                    TestManufacturers.PASSWORD));
            PlatformUser user = (PlatformUser) users.loadUserByUsername(username);
            assertThat(user.hasRole(Role.MANUFACTURER)).isTrue();
            assertThat(declarations.declarations(user)).isEmpty();
        }
        assertThat(Role.MANUFACTURER.grantableIn(OrganizationType.SUPPLIER)).isFalse();
    }

    @Test
    void theMeasuredCyclesMethodNeedsTheCycleTestBasisAndAMisfittingFactorIsWarnedAbout() {
        PlatformUser owner = TestManufacturers.register(administration, users).user();
        PlantView plant = products.createPlant(owner, "工厂", "江苏省", Province.JIANGSU);
        BatteryModelView withoutBasis = products.createModel(owner, model("NB-1", null));
        assertThatThrownBy(() -> declarations.create(owner, command(withoutBasis, plant)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("declaration.method.noCycleTestBasis"));
        BatteryModelView withBasis = products.createModel(owner, model("WB-1", "GB/T 31484-2015"));
        assertThat(withBasis.cycleTestBasis()).isEqualTo("GB/T 31484-2015");
        DeclarationView declaration = declarations.create(owner, command(withBasis, plant));
        declarations.pinRelease(declaration.id(), owner, "CN-BCF-2026.2");

        Map<LineColumn, String> cells = new EnumMap<>(LineColumn.class);
        cells.put(LineColumn.CATEGORY, "MATERIAL");
        cells.put(LineColumn.DESCRIPTION, "Aluminium pack housing");
        cells.put(LineColumn.QUANTITY, "40");
        cells.put(LineColumn.UNIT, "kg");
        cells.put(LineColumn.FACTOR_CODE, "AL-SMELTING-PREBAKE");
        declarations.addLine(
                declaration.id(),
                owner,
                DeclarationService.validate(LifeCycleStage.RAW_MATERIAL_EXTRACTION, cells)
                        .line());
        CalculationSnapshot result = calculations.calculate(declaration.id(), owner, false);
        assertThat(result.warnings())
                .extracting(CalculationSnapshot.Warning::messageKey)
                .contains("declaration.warning.factorCategory.PROCESS_EMISSION");
        assertThat(result.functionalUnitMethod()).isEqualTo("MEASURED_CYCLES");
    }

    private Organization register(OrganizationType type) {
        String suffix = Long.toString(System.nanoTime(), 36);
        return administration.registerOrganization(
                type,
                TestManufacturers.creditCode(),
                new OrganizationDetails(
                        "申报企业" + suffix, "Declarant " + suffix, "上海市", "联系人", null, "d-" + suffix + "@example.com"));
    }

    private static BatteryModelDetails model(String code, String basis) {
        return new BatteryModelDetails(
                code + "-" + System.nanoTime(),
                "model",
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
                new BigDecimal("3000"),
                new BigDecimal("0.9"),
                basis);
    }

    private static DeclarationCommand command(BatteryModelView model, PlantView plant) {
        return new DeclarationCommand(
                model.id(),
                plant.id(),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                100,
                FunctionalUnitMethod.MEASURED_CYCLES,
                ElectricityRule.FOOTPRINT_CN,
                "Commercial vehicle pack: cycles measured to GB/T 31484, as the pilot allows.");
    }
}
