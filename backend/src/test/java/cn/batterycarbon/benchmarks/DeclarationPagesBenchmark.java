package cn.batterycarbon.benchmarks;

import cn.batterycarbon.BatteryCarbonApplication;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.FunctionalUnitMethod;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17.14: the declaration page and the result page of a calculated declaration with {@code
 * lines} activity lines, fetched over HTTP by the signed-in manufacturer (the full request: security
 * filters, database, template rendering, bytes on the wire). The application runs in-process on a
 * fresh embedded PostgreSQL, listening on 127.0.0.1:18092. Targets: under 1 s at 5,000 lines and
 * under 2 s at 100,000 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class DeclarationPagesBenchmark {

    private static final String BASE = "http://127.0.0.1:18092";

    @Param({"5000", "100000"})
    public int lines;

    private ConfigurableApplicationContext context;
    private Path dataDirectory;
    private HttpClient http;
    private UUID declaration;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dataDirectory = Files.createTempDirectory("bcf-bench-pages");
        SpringApplication application = new SpringApplication(BatteryCarbonApplication.class);
        // Command-line arguments, not default properties: application.yml would override those.
        context = application.run(
                "--bcf.embedded-db.data-directory=" + dataDirectory,
                "--bcf.demo-data=true",
                "--server.address=127.0.0.1",
                "--server.port=18092",
                "--logging.level.root=WARN");
        DeclarationService declarations = context.getBean(DeclarationService.class);
        PlatformUser maker =
                (PlatformUser) context.getBean(UserDetailsService.class).loadUserByUsername("maker");
        ProductCatalog products = context.getBean(ProductCatalog.class);
        PlantView plant = products.createPlant(maker, "Bench plant", "Changzhou", Province.JIANGSU);
        BatteryModelView model = products.createModel(
                maker,
                new BatteryModelDetails(
                        "PAGES-" + UUID.randomUUID().toString().substring(0, 8),
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
        declaration = declarations
                .create(
                        maker,
                        new DeclarationCommand(
                                model.id(),
                                plant.id(),
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 12, 31),
                                1000,
                                FunctionalUnitMethod.EU_FEQC,
                                ElectricityRule.LOCATION_BASED,
                                "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."))
                .id();
        declarations.upload(declaration, maker, DeclarationUploadBenchmark.csv(lines));
        context.getBean(DeclarationCalculations.class).calculate(declaration, maker, false);
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn();
    }

    private void signIn() throws IOException, InterruptedException {
        String login = get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form =
                "username=maker&password=demo1234&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    @Benchmark
    public int declarationPage() throws Exception {
        return get("/declarations/" + declaration).length();
    }

    @Benchmark
    public int resultPage() throws Exception {
        return get("/declarations/" + declaration + "/result").length();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
