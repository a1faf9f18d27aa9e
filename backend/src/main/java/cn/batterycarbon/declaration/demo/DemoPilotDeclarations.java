package cn.batterycarbon.declaration.demo;

import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo data for the electricity rule sets and pilot coverage, so every role finds them in every
 * state after a fresh start: {@code maker} gets an NMC811 declaration with certified wind and
 * direct PV under the market-based rule (calculated, with the mixing warning), a submitted LFP
 * declaration under the footprint rule, an LMFP draft and an undeclared NCA model; the importer
 * ({@code importer}) has two submitted LFP declarations (meets the pilot); the vehicle maker
 * ({@code automaker}) has one undeclared NMC622 model. Runs once per model code.
 */
@Component
@Order(225)
class DemoPilotDeclarations implements ApplicationRunner {

    static final String RELEASE = "CN-BCF-2026.2";

    private static final Logger log = LoggerFactory.getLogger(DemoPilotDeclarations.class);

    private final DemoDataSettings settings;
    private final UserDetailsService users;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final DeclarationCalculations calculations;

    private final cn.batterycarbon.declaration.DeclarationWorkflow workflow;
    private final cn.batterycarbon.organization.OrganizationDirectory directory;

    /**
     * Submitted for the coverage views: to the first verification agency, without a frozen
     * verification package (the verification demo makes complete ones).
     */
    private void submitToDemoAgency(UUID declarationId, PlatformUser user) {
        directory.ofType(cn.batterycarbon.platform.security.OrganizationType.VERIFICATION_AGENCY).stream()
                .findFirst()
                .ifPresent(agency -> workflow.submit(declarationId, user, agency.id(), false));
    }

    DemoPilotDeclarations(
            DemoDataSettings settings,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations,
            DeclarationCalculations calculations,
            cn.batterycarbon.declaration.DeclarationWorkflow workflow,
            cn.batterycarbon.organization.OrganizationDirectory directory) {
        this.workflow = workflow;
        this.directory = directory;
        this.settings = settings;
        this.users = users;
        this.products = products;
        this.declarations = declarations;
        this.calculations = calculations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        PlatformUser maker = user("maker");
        if (maker != null && absent(maker, "BCF-NMC811-75")) {
            PlantView plant = products.createPlant(maker, "常州电芯工厂", "江苏省常州市金坛区华城路 1 号", Province.JIANGSU);
            DeclarationView nmc = declaration(
                    maker,
                    plant,
                    model(maker, "BCF-NMC811-75", "NMC811 75 kWh 乘用车电池包", Chemistry.NMC811),
                    ElectricityRule.MARKET_BASED_CN);
            materials(maker, nmc.id(), "NMC811 cathode active material", "110", "22.5");
            electricity(maker, nmc.id(), "Grid electricity, cell plant", "3000", "GRID", null, null);
            electricity(
                    maker,
                    nmc.id(),
                    "Certified wind electricity",
                    "1000",
                    "GREEN_CERTIFICATE",
                    "ELEC-CFP-WIND",
                    "GEC-2026-000101");
            electricity(maker, nmc.id(), "Rooftop PV, direct line", "500", "GREEN_DIRECT_LINE", "ELEC-CFP-PV", null);
            calculations.calculate(nmc.id(), maker, false);

            DeclarationView lfp = declaration(
                    maker,
                    plant,
                    model(maker, "BCF-LFP-80", "LFP 80 kWh 乘用车电池包", Chemistry.LFP),
                    ElectricityRule.FOOTPRINT_CN);
            materials(maker, lfp.id(), "LFP cathode active material", "150", "9.5");
            electricity(maker, lfp.id(), "Grid electricity, pack plant", "4500", "GRID", null, null);
            calculations.calculate(lfp.id(), maker, false);
            submitToDemoAgency(lfp.id(), maker);

            DeclarationView lmfp = declaration(
                    maker,
                    plant,
                    model(maker, "BCF-LMFP-70", "LMFP 70 kWh 乘用车电池包", Chemistry.LMFP),
                    ElectricityRule.FOOTPRINT_CN);
            materials(maker, lmfp.id(), "LMFP cathode active material", "130", "10.2");
            model(maker, "BCF-NCA-90", "NCA 90 kWh 乘用车电池包", Chemistry.NCA);
            log.info("Demo data: pilot coverage and electricity rule examples for maker");
        }
        PlatformUser importer = user("importer");
        if (importer != null && absent(importer, "EU-LFP-55")) {
            PlantView plant = products.createPlant(importer, "上海保税仓（进口）", "上海市浦东新区外高桥保税区", Province.SHANGHAI);
            for (String code : new String[] {"EU-LFP-55", "EU-LFP-72"}) {
                DeclarationView d = declaration(
                        importer,
                        plant,
                        model(importer, code, "进口 LFP 电池包 " + code, Chemistry.LFP),
                        ElectricityRule.FOOTPRINT_CN);
                materials(importer, d.id(), "LFP cathode active material", "120", "9.8");
                electricity(
                        importer,
                        d.id(),
                        "Grid electricity (declared by the foreign maker)",
                        "3600",
                        "GRID",
                        null,
                        null);
                calculations.calculate(d.id(), importer, false);
                submitToDemoAgency(d.id(), importer);
            }
        }
        PlatformUser automaker = user("automaker");
        if (automaker != null && absent(automaker, "JH-NMC622-65")) {
            model(automaker, "JH-NMC622-65", "自组装 NMC622 65 kWh 电池包", Chemistry.NMC622);
        }
    }

    private PlatformUser user(String username) {
        try {
            return (PlatformUser) users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private boolean absent(PlatformUser user, String modelCode) {
        return products.models(user).stream().noneMatch(m -> m.modelCode().equals(modelCode));
    }

    private BatteryModelView model(PlatformUser user, String code, String name, Chemistry chemistry) {
        return products.createModel(
                user,
                new BatteryModelDetails(
                        code,
                        name,
                        chemistry,
                        BatteryFormat.PACK,
                        new BigDecimal("75"),
                        new BigDecimal("72"),
                        new BigDecimal("400"),
                        new BigDecimal("180"),
                        new BigDecimal("430"),
                        VehicleCategory.M1,
                        new BigDecimal("8"),
                        200_000,
                        new BigDecimal("2500"),
                        new BigDecimal("0.9"),
                        "GB/T 31484-2015"));
    }

    private DeclarationView declaration(
            PlatformUser user, PlantView plant, BatteryModelView model, ElectricityRule rule) {
        DeclarationView d = declarations.create(
                user,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        5_000,
                        FunctionalUnitMethod.EU_FEQC,
                        rule,
                        "乘用车电池包按欧盟草案 FEqC 法计算：以质保期内交付的能量为功能单位，与整车厂的质保条款一致。"));
        declarations.pinRelease(d.id(), user, RELEASE);
        return d;
    }

    private void materials(PlatformUser user, UUID id, String description, String kg, String factor) {
        Map<LineColumn, String> cells = new EnumMap<>(LineColumn.class);
        cells.put(LineColumn.CATEGORY, "MATERIAL");
        cells.put(LineColumn.DESCRIPTION, description);
        cells.put(LineColumn.QUANTITY, kg);
        cells.put(LineColumn.UNIT, "kg");
        cells.put(LineColumn.FACTOR_VALUE, factor);
        cells.put(LineColumn.FACTOR_UNIT, "kgCO2e/kg");
        add(user, id, LifeCycleStage.RAW_MATERIAL_EXTRACTION, cells);
    }

    private void electricity(
            PlatformUser user,
            UUID id,
            String description,
            String kwh,
            String supply,
            String technologyCode,
            String certificate) {
        Map<LineColumn, String> cells = new EnumMap<>(LineColumn.class);
        cells.put(LineColumn.CATEGORY, "ELECTRICITY");
        cells.put(LineColumn.DESCRIPTION, description);
        cells.put(LineColumn.QUANTITY, kwh);
        cells.put(LineColumn.UNIT, "kWh");
        cells.put(LineColumn.ELECTRICITY_SUPPLY, supply);
        if (technologyCode != null) {
            cells.put(LineColumn.FACTOR_CODE, technologyCode);
        }
        if (certificate != null) {
            cells.put(LineColumn.CERTIFICATE_IDS, certificate);
        }
        add(user, id, LifeCycleStage.MAIN_PRODUCTION, cells);
    }

    private void add(PlatformUser user, UUID id, LifeCycleStage stage, Map<LineColumn, String> cells) {
        LineData line = DeclarationService.validate(stage, cells).line();
        if (line == null) {
            throw new IllegalStateException("invalid demo line " + cells);
        }
        declarations.addLine(id, user, line);
    }
}
