package cn.batterycarbon.declaration.demo;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.DemoOrganizationsLoaded;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo data for the {@code maker} organization: a plant in Jiangsu, an LFP pack model and one
 * declaration calculated from worked example 1 of docs/methodology.md (loaded through the upload
 * path from {@value #SEED}). Runs once: skipped when the model code exists.
 */
@Component
class DemoDeclarations {

    static final String SEED = "db/seed/declaration/lfp-worked-example.csv";
    static final String MODEL_CODE = "BCF-LFP-60";

    private static final Logger log = LoggerFactory.getLogger(DemoDeclarations.class);

    private final DemoDataSettings settings;
    private final UserDetailsService users;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final DeclarationCalculations calculations;

    DemoDeclarations(
            DemoDataSettings settings,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations,
            DeclarationCalculations calculations) {
        this.settings = settings;
        this.users = users;
        this.products = products;
        this.declarations = declarations;
        this.calculations = calculations;
    }

    /** Runs once the demo organizations and accounts it refers to exist. */
    @EventListener(DemoOrganizationsLoaded.class)
    public void load() {
        if (!settings.enabled()) {
            return;
        }
        PlatformUser maker;
        try {
            maker = (PlatformUser) users.loadUserByUsername("maker");
        } catch (UsernameNotFoundException e) {
            return;
        }
        if (products.models(maker).stream().anyMatch(m -> m.modelCode().equals(MODEL_CODE))) {
            return;
        }
        PlantView plant = products.createPlant(maker, "苏州电池包工厂", "江苏省苏州市工业园区星湖街 88 号", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        MODEL_CODE,
                        "LFP 60 kWh 乘用车电池包",
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
                        12_000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "乘用车电池包按欧盟草案 FEqC 法计算：质保 8 年、16 万公里，与整车质保一致；实测循环数据仅作对照。"));
        declarations.upload(declaration.id(), maker, seed());
        calculations.calculate(declaration.id(), maker, false);
        // A second calculation with the Monte Carlo analysis: two records to compare on the result page.
        calculations.calculate(declaration.id(), maker, true);
        log.info("Demo declaration for {} calculated from the LFP worked example", MODEL_CODE);
    }

    private static byte[] seed() {
        try (InputStream in = DemoDeclarations.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
