package cn.batterycarbon.benchmarks;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.BatteryFormat;
import cn.batterycarbon.product.BatteryModelDetails;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.Chemistry;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The activity-data upload path end to end against PostgreSQL: a {@value #LINES}-line CSV file
 * (all four stages, mixed units and factor kinds) read, validated row by row and written with
 * COPY, in one transaction, through {@link DeclarationService#upload}. The application runs
 * in-process on its embedded PostgreSQL (a fresh cluster in a temporary directory), its
 * web server listening on 127.0.0.1:18091 (unused). Each invocation replaces the previous upload's 100,000 lines (the delete is part of
 * the measured time). Target: under 5 seconds per upload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class DeclarationUploadBenchmark {

    static final int LINES = 100_000;

    private ConfigurableApplicationContext context;
    private DeclarationService declarations;
    private PlatformUser maker;
    private UUID declaration;
    private byte[] csv;
    private Path dataDirectory;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDirectory = Files.createTempDirectory("bcf-bench-db");
        SpringApplication application = new SpringApplication(BatteryCarbonApplication.class);
        application.setDefaultProperties(Map.of(
                "bcf.embedded-db.data-directory", dataDirectory.toString(),
                "bcf.demo-data", "true",
                "server.address", "127.0.0.1",
                "server.port", "18091",
                "logging.level.root", "WARN"));
        context = application.run();
        declarations = context.getBean(DeclarationService.class);
        maker = (PlatformUser) context.getBean(UserDetailsService.class).loadUserByUsername("maker");
        ProductCatalog products = context.getBean(ProductCatalog.class);
        PlantView plant = products.createPlant(maker, "Bench plant", "Changzhou", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        "BENCH-" + UUID.randomUUID(),
                        "Bench",
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
        DeclarationView created = declarations.create(
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
        declaration = created.id();
        csv = csv(LINES);
    }

    @Benchmark
    public DeclarationService.UploadOutcome uploadHundredThousandLines() {
        return declarations.upload(declaration, maker, csv);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** A realistic file: materials, electricity, fuels, transport (distance × mass), recycling. */
    static byte[] csv(int lines) {
        SplittableRandom random = new SplittableRandom(42);
        List<Map<LineColumn, String>> rows = new ArrayList<>(lines);
        String[] materials = {"kg", "g", "t"};
        for (int i = 0; i < lines; i++) {
            String quantity =
                    BigDecimal.valueOf(random.nextInt(1, 1_000_000), 3).toPlainString();
            String factor = BigDecimal.valueOf(random.nextInt(1, 50_000), 3).toPlainString();
            switch (i % 5) {
                case 0, 1 ->
                    rows.add(LineFiles.row(
                            LineColumn.STAGE,
                            LifeCycleStage.RAW_MATERIAL_EXTRACTION.batteryPassName(),
                            LineColumn.CATEGORY,
                            "MATERIAL",
                            LineColumn.DESCRIPTION,
                            "Material " + i,
                            LineColumn.QUANTITY,
                            quantity,
                            LineColumn.UNIT,
                            materials[i % 3],
                            LineColumn.FACTOR_VALUE,
                            factor,
                            LineColumn.FACTOR_UNIT,
                            "kgCO2e/kg",
                            LineColumn.FACTOR_SOURCE,
                            i % 2 == 0 ? "SUPPLIER" : "COMPANY",
                            LineColumn.RECYCLED_SHARE,
                            "0.25",
                            LineColumn.ORIGIN,
                            "CN-JX"));
                case 2 ->
                    rows.add(LineFiles.row(
                            LineColumn.STAGE,
                            LifeCycleStage.MAIN_PRODUCTION.batteryPassName(),
                            LineColumn.CATEGORY,
                            "ELECTRICITY",
                            LineColumn.DESCRIPTION,
                            "Electricity " + i,
                            LineColumn.QUANTITY,
                            quantity,
                            LineColumn.UNIT,
                            "kWh",
                            LineColumn.ELECTRICITY_SUPPLY,
                            "GRID"));
                case 3 ->
                    rows.add(LineFiles.row(
                            LineColumn.STAGE, LifeCycleStage.DISTRIBUTION.batteryPassName(),
                            LineColumn.CATEGORY, "TRANSPORT",
                            LineColumn.DESCRIPTION, "Truck " + i,
                            LineColumn.TRANSPORT_MODE, "ROAD",
                            LineColumn.DISTANCE_KM, String.valueOf(random.nextInt(10, 3000)),
                            LineColumn.MASS_KG, "385",
                            LineColumn.FACTOR_VALUE, "0.078",
                            LineColumn.FACTOR_UNIT, "kgCO2e/(t*km)"));
                default ->
                    rows.add(LineFiles.row(
                            LineColumn.STAGE, LifeCycleStage.RECYCLING.batteryPassName(),
                            LineColumn.CATEGORY, "DISMANTLING_ENERGY",
                            LineColumn.DESCRIPTION, "Dismantling " + i,
                            LineColumn.QUANTITY, quantity,
                            LineColumn.UNIT, "kWh",
                            LineColumn.FACTOR_CODE, "ELEC-GRID",
                            LineColumn.RECYCLING_ROUTE, "HYDROMETALLURGICAL"));
            }
        }
        return LineFiles.writeCsv(rows);
    }
}
