package cn.batterycarbon.verification;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.TestManufacturers;
import cn.batterycarbon.declaration.WorkedExampleFiles;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what verification tests need through the services: a new manufacturer with a calculated
 * declaration (worked example 1), data-quality measures, and the demo agency's lead ({@code verifier})
 * and verifier ({@code auditor}).
 */
public final class VerificationFixture {

    public record Maker(PlatformUser user, String companyName, UUID declarationId) {}

    private final OrganizationAdministration administration;
    private final UserDetailsService users;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final DeclarationCalculations calculations;
    private final VerificationService verification;

    public VerificationFixture(
            OrganizationAdministration administration,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations,
            DeclarationCalculations calculations,
            VerificationService verification) {
        this.administration = administration;
        this.users = users;
        this.products = products;
        this.declarations = declarations;
        this.calculations = calculations;
        this.verification = verification;
    }

    public PlatformUser user(String name) {
        return (PlatformUser) users.loadUserByUsername(name);
    }

    public PlatformUser lead() {
        return user("verifier");
    }

    public PlatformUser auditor() {
        return user("auditor");
    }

    public UUID agencyId() {
        return lead().organizationId();
    }

    /** A new manufacturer with measures and a calculated declaration. */
    public Maker calculatedDeclaration() {
        TestManufacturers.Manufacturer manufacturer = TestManufacturers.register(administration, users);
        PlatformUser maker = manufacturer.user();
        PlantView plant = products.createPlant(maker, "常州电池工厂", "江苏省常州市", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        "VF-LFP-60",
                        "磷酸铁锂 60 kWh 电池包",
                        Chemistry.LFP,
                        BatteryFormat.PACK,
                        new BigDecimal("62"),
                        new BigDecimal("60"),
                        new BigDecimal("384"),
                        new BigDecimal("161"),
                        new BigDecimal("385"),
                        VehicleCategory.M1,
                        new BigDecimal("8"),
                        160_000,
                        null,
                        null));
        DeclarationView declaration = declarations.create(
                maker,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        12_000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        declarations.upload(declaration.id(), maker, WorkedExampleFiles.lfpXlsx());
        calculations.calculate(declaration.id(), maker, false);
        verification.reviseMeasures(
                maker,
                new DataQualityMeasures.Content(
                        "电能表（0.5S 级）、天然气流量计、物料出入库台账",
                        "电耗按月抄表并与电费发票核对",
                        "能源管理部负责数据收集，质量部复核",
                        "月度交叉核对：计量读数与采购发票偏差超过 2% 时追溯",
                        "原始记录保存五年"),
                List.of(new DataQualityMeasures.NewAttachment(
                        "计量器具清单.csv", "text/csv", "器具,编号\n电能表,E-01\n".getBytes())));
        return new Maker(maker, manufacturer.organization().getNameZh(), declaration.id());
    }

    /** Submitted, assigned to the auditor and under verification. */
    public Maker underVerification() {
        Maker maker = calculatedDeclaration();
        verification.submit(maker.declarationId(), agencyId(), maker.user());
        verification.assign(maker.declarationId(), auditor().userId(), lead());
        return maker;
    }

    public VerificationStatement.Content statement() {
        return new VerificationStatement.Content(
                "电池包全生命周期四个阶段", "5%", AssuranceLevel.REASONABLE, "ISO 14067:2018", "申报的碳足迹在所有重大方面公允反映了该型号电池的碳足迹。");
    }
}
