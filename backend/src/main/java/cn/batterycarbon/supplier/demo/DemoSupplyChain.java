package cn.batterycarbon.supplier.demo;

import cn.batterycarbon.declaration.ActivityLineView;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.demo.DemoDataSettings;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.supplier.DataRequestService;
import cn.batterycarbon.supplier.DataRequestService.NewRequest;
import cn.batterycarbon.supplier.Disclosure;
import cn.batterycarbon.supplier.RecordInput;
import cn.batterycarbon.supplier.RecordView;
import cn.batterycarbon.supplier.RequestView;
import cn.batterycarbon.supplier.UpstreamRecordService;
import cn.batterycarbon.supplier.UpstreamRecordService.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo supply chain between {@code maker} and {@code supplier}: a second declaration of the maker
 * (model {@value #MODEL_CODE}, the worked example's lines, so the worked-example declaration stays
 * as documented) whose cathode line takes the supplier's accepted footprint; requests in every
 * other state (answered, open, declined, withdrawn); the supplier's cathode record with evidence
 * and its own precursor record as upstream. Runs once: skipped when the model code exists.
 */
@Component
@Order(240)
class DemoSupplyChain implements ApplicationRunner {

    static final String MODEL_CODE = "BCF-LFP-60-SC";
    private static final String SEED = "db/seed/declaration/lfp-worked-example.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoSupplyChain.class);

    private final DemoDataSettings settings;
    private final UserDetailsService users;
    private final ProductCatalog products;
    private final DeclarationService declarations;
    private final DeclarationCalculations calculations;
    private final DataRequestService requests;
    private final UpstreamRecordService records;

    DemoSupplyChain(
            DemoDataSettings settings,
            UserDetailsService users,
            ProductCatalog products,
            DeclarationService declarations,
            DeclarationCalculations calculations,
            DataRequestService requests,
            UpstreamRecordService records) {
        this.settings = settings;
        this.users = users;
        this.products = products;
        this.declarations = declarations;
        this.calculations = calculations;
        this.requests = requests;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        PlatformUser maker;
        PlatformUser supplier;
        try {
            maker = (PlatformUser) users.loadUserByUsername("maker");
            supplier = (PlatformUser) users.loadUserByUsername("supplier");
        } catch (UsernameNotFoundException e) {
            return;
        }
        if (products.models(maker).stream().anyMatch(m -> m.modelCode().equals(MODEL_CODE))
                || products.plants(maker).isEmpty()) {
            return;
        }
        DeclarationView declaration = declaration(maker);
        ActivityLineView cathode = line(declaration, maker, "LFP cathode");
        ActivityLineView anode = line(declaration, maker, "Graphite");
        LocalDate due = LocalDate.now().plusWeeks(4);

        // the supplier's own precursor record, then its cathode record building on it, with evidence
        RecordView precursor = records.create(
                supplier,
                record("磷酸铁前驱体（自产）", "FP-PRE-01", null, "2.35", "1.60", "0.62", "0.13", null),
                Disclosure.DEFAULT,
                List.of(new Upload("precursor-lca-summary.pdf", pdf("Iron phosphate precursor LCA summary 2025"))));

        RequestView accepted = requests.send(
                maker,
                new NewRequest(
                        supplier.organizationId(),
                        declaration.id(),
                        cathode.id(),
                        "LFP cathode active material",
                        "LFP-H2, D50 1.2 µm, 压实密度 2.6 g/cm³",
                        new BigDecimal("1440000"),
                        "kg",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        due,
                        "请按 GB/T 24067 提供 2025 年度正极材料碳足迹，并附第三方报告。"));
        requests.answer(
                accepted.id(),
                supplier,
                record("磷酸铁锂正极材料 LFP-H2", "XL-LFP-H2", "NC-CAM-0012", "8.9", "6.10", "2.35", "0.45", precursor),
                new Disclosure(false, true, false, false, true, true),
                List.of(new Upload(
                        "LFP-H2-carbon-footprint-report-2025.pdf", pdf("LFP-H2 PCF report 2025, ISO 14067"))),
                List.of(precursor.id()));
        RequestView decided = requests.accept(accepted.id(), maker);
        requests.recalculate(decided, maker);

        RequestView answered = requests.send(
                maker,
                new NewRequest(
                        supplier.organizationId(),
                        declaration.id(),
                        anode.id(),
                        "Graphite anode active material",
                        "人造石墨 AG-3",
                        new BigDecimal("780000"),
                        "kg",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        due,
                        "贵司如代理石墨负极，请一并提供。"));
        requests.answer(
                answered.id(),
                supplier,
                record("人造石墨负极 AG-3（代理）", "XL-AG-3", null, "6.2", "3.90", "1.95", "0.35", null),
                Disclosure.DEFAULT,
                List.of(),
                List.of());

        requests.send(maker, supplierList(supplier, "LFP cathode active material, 2026 grade", "LFP-H3", due));
        RequestView declined =
                requests.send(maker, supplierList(supplier, "Lithium hexafluorophosphate", "LiPF6 电池级", due));
        requests.decline(declined.id(), supplier, "我司不生产六氟磷酸锂，请联系电解液供应商。");
        RequestView withdrawn = requests.send(maker, supplierList(supplier, "Aluminium foil", "1235-H18, 12 µm", due));
        requests.withdraw(withdrawn.id(), maker);
        log.info("Demo supply chain: requests between maker and supplier, declaration {}", MODEL_CODE);
    }

    private DeclarationView declaration(PlatformUser maker) {
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        MODEL_CODE,
                        "LFP 60 kWh 电池包（供应商数据）",
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
                        new BigDecimal("0.9")));
        DeclarationView declaration = declarations.create(
                maker,
                new DeclarationCommand(
                        model.id(),
                        products.plants(maker).get(0).id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        12_000,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "乘用车电池包按欧盟草案 FEqC 法计算：以质保期内交付的能量为功能单位，与整车厂的质保条款一致。"));
        declarations.upload(declaration.id(), maker, seed());
        calculations.calculate(declaration.id(), maker, false);
        return declaration;
    }

    private ActivityLineView line(DeclarationView declaration, PlatformUser maker, String startsWith) {
        return declarations.lines(declaration.id(), maker).stream()
                .filter(l -> l.line().description().startsWith(startsWith))
                .findFirst()
                .orElseThrow();
    }

    private static NewRequest supplierList(PlatformUser supplier, String material, String spec, LocalDate due) {
        return new NewRequest(
                supplier.organizationId(),
                null,
                null,
                material,
                spec,
                new BigDecimal("500000"),
                "kg",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                due,
                null);
    }

    private static RecordInput record(
            String product,
            String productId,
            String partNumber,
            String pcf,
            String raw,
            String processing,
            String transport,
            RecordView upstream) {
        BigDecimal total = new BigDecimal(pcf);
        return new RecordInput(
                product,
                productId,
                partNumber,
                null,
                "kg",
                pcf,
                raw,
                processing,
                transport,
                raw,
                processing,
                transport,
                "0",
                total.multiply(new BigDecimal("1440000")).toPlainString(),
                upstream == null ? "0.85" : "0.71",
                "2",
                "1",
                "1",
                "2025-01-01",
                "2025-12-31",
                "CN",
                "湖南",
                "LOT-2025-H2-0417, LOT-2025-H2-0502",
                "GB_T_24067",
                "CN-BCF-2026.1");
    }

    /** A small valid PDF standing in for a report. */
    private static byte[] pdf(String title) {
        String body = "BT /F1 12 Tf 72 720 Td (" + title.replaceAll("[()\\\\]", "") + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + body.length() + " >> stream\n" + body + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] seed() {
        try (InputStream in = DemoSupplyChain.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
