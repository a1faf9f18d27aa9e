package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A plant, an LFP pack model (with a cycle test) and a declaration with worked example 1's lines. */
public final class TestDeclarations {

    private TestDeclarations() {}

    public static DeclarationView lfp(ProductCatalog products, DeclarationService declarations, PlatformUser maker) {
        PlantView plant = products.createPlant(maker, "常州工厂", "江苏省常州市", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        "LFP-60-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "LFP pack",
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
                        new BigDecimal("3000"),
                        new BigDecimal("0.9"),
                        "GB/T 31484-2015"));
        DeclarationView declaration = declarations.create(
                maker,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        1000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        declarations.upload(declaration.id(), maker, WorkedExampleFiles.lfpCsv());
        return declarations.declaration(declaration.id(), maker);
    }
}
