package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.factor.Province;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.VehicleCategory;
import cn.batterycarbon.organization.application.OrganizationAdministration;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API endpoint of plants, battery models and declarations: manufacturers only
 * (other roles 403, anonymous to the login page or 401), and another organization's plant, model,
 * declaration or line is not found (404), through pages and API alike.
 */
@IntegrationTest
class DeclarationAccessIntegrationTests {

    /** Endpoint patterns; {p} plant, {m} model, {d} declaration, {l} line, {s} calculation sequence. */
    static final List<String[]> ENDPOINTS = List.of(
            e("GET", "/plants"),
            e("GET", "/plants/new"),
            e("POST", "/plants"),
            e("GET", "/plants/{p}/edit"),
            e("POST", "/plants/{p}"),
            e("POST", "/plants/{p}/delete"),
            e("GET", "/battery-models"),
            e("GET", "/battery-models/new"),
            e("POST", "/battery-models"),
            e("GET", "/battery-models/{m}/edit"),
            e("POST", "/battery-models/{m}"),
            e("POST", "/battery-models/{m}/delete"),
            e("GET", "/declarations"),
            e("GET", "/declarations/new"),
            e("POST", "/declarations"),
            e("GET", "/declarations/{d}"),
            e("GET", "/declarations/{d}/edit"),
            e("POST", "/declarations/{d}"),
            e("POST", "/declarations/{d}/delete"),
            e("POST", "/declarations/{d}/lines"),
            e("POST", "/declarations/{d}/lines/{l}/delete"),
            e("GET", "/declarations/{d}/lines/{l}/edit"),
            e("POST", "/declarations/{d}/lines/{l}"),
            e("POST", "/declarations/{d}/upload"),
            e("POST", "/declarations/{d}/release"),
            e("POST", "/declarations/{d}/calculate"),
            e("POST", "/declarations/{d}/submit"),
            e("GET", "/declarations/{d}/result"),
            e("GET", "/declarations/{d}/rules"),
            e("GET", "/declarations/{d}/lines.xlsx"),
            e("GET", "/declarations/{d}/calculations/compare"),
            e("GET", "/declarations/{d}/what-if"),
            e("POST", "/declarations/{d}/what-if"),
            e("GET", "/declarations/{d}/compare-release"),
            e("GET", "/declarations/compare"),
            e("GET", "/declarations/release-impact"),
            e("POST", "/declarations/release-impact/recalculate"),
            e("GET", "/declarations/template.xlsx"),
            e("GET", "/declarations/template.csv"),
            e("GET", "/api/v1/plants"),
            e("POST", "/api/v1/plants"),
            e("GET", "/api/v1/plants/{p}"),
            e("PUT", "/api/v1/plants/{p}"),
            e("DELETE", "/api/v1/plants/{p}"),
            e("GET", "/api/v1/battery-models"),
            e("POST", "/api/v1/battery-models"),
            e("GET", "/api/v1/battery-models/{m}"),
            e("PUT", "/api/v1/battery-models/{m}"),
            e("DELETE", "/api/v1/battery-models/{m}"),
            e("GET", "/api/v1/declarations"),
            e("POST", "/api/v1/declarations"),
            e("GET", "/api/v1/declarations/{d}"),
            e("PUT", "/api/v1/declarations/{d}"),
            e("DELETE", "/api/v1/declarations/{d}"),
            e("PUT", "/api/v1/declarations/{d}/release"),
            e("GET", "/api/v1/declarations/{d}/lines"),
            e("POST", "/api/v1/declarations/{d}/lines"),
            e("PUT", "/api/v1/declarations/{d}/lines/{l}"),
            e("DELETE", "/api/v1/declarations/{d}/lines/{l}"),
            e("POST", "/api/v1/declarations/{d}/upload"),
            e("POST", "/api/v1/declarations/{d}/calculate"),
            e("GET", "/api/v1/declarations/{d}/result"),
            e("GET", "/api/v1/declarations/{d}/rule-comparison"),
            e("GET", "/api/v1/declarations/{d}/calculations"),
            e("GET", "/api/v1/declarations/{d}/completeness"),
            e("GET", "/api/v1/declarations/{d}/calculations/{s}"),
            e("GET", "/api/v1/declarations/{d}/calculations/changes"),
            e("POST", "/api/v1/declarations/{d}/submit"),
            e("POST", "/api/v1/declarations/{d}/what-if"));

    private static final Map<Role, String> DEMO_USER = Map.of(
            Role.ADMIN, "admin",
            Role.SUPPLIER, "supplier",
            Role.VERIFIER, "verifier",
            Role.REGULATOR, "regulator",
            Role.FACTOR_STEWARD, "steward",
            Role.FACTOR_REVIEWER, "expert");

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
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static String[] e(String method, String pattern) {
        return new String[] {method, pattern};
    }

    @Test
    void everyEndpointOfTheseModulesIsCovered() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(x -> listed.add(x[0] + " " + x[1].replaceAll("\\{[pmdls]}", "{}")));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            String pkg = entry.getValue().getBeanType().getPackageName();
            if (!pkg.startsWith("cn.batterycarbon.declaration") && !pkg.startsWith("cn.batterycarbon.product")) {
                continue;
            }
            for (String pattern : entry.getKey().getPathPatternsCondition().getPatternValues()) {
                entry.getKey().getMethodsCondition().getMethods().forEach(m -> {
                    String key = m.asHttpMethod() + " " + pattern.replaceAll("\\{[^}]+}", "{}");
                    if (!listed.contains(key)) {
                        missing.add(key);
                    }
                });
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void otherRolesAre403AndAnonymousVisitorsAreSentToSignIn() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            String path = endpoint[1]
                    .replace("{s}", "1")
                    .replaceAll("\\{[pmdl]}", UUID.randomUUID().toString());
            for (Map.Entry<Role, String> role : DEMO_USER.entrySet()) {
                MockHttpServletResponse response =
                        perform(endpoint[0], path, users.loadUserByUsername(role.getValue()));
                if (response.getStatus() != 403) {
                    violations.add(
                            endpoint[0] + " " + endpoint[1] + " as " + role.getKey() + ": " + response.getStatus());
                }
            }
            MockHttpServletResponse anonymous = perform(endpoint[0], path, null);
            boolean api = path.startsWith("/api/");
            boolean ok = api
                    ? anonymous.getStatus() == 401
                    : anonymous.getStatus() == 302
                            && String.valueOf(anonymous.getRedirectedUrl()).endsWith("/login");
            if (!ok) {
                violations.add(endpoint[0] + " " + endpoint[1] + " anonymously: " + anonymous.getStatus());
            }
            MockHttpServletResponse maker = perform(endpoint[0], path, users.loadUserByUsername("maker"));
            if (maker.getStatus() == 401
                    || maker.getStatus() == 403
                    || String.valueOf(maker.getRedirectedUrl()).endsWith("/login")) {
                violations.add(endpoint[0] + " " + endpoint[1] + " as maker: " + maker.getStatus());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void anotherOrganizationsRecordsAreNotFound() throws Exception {
        Manufacturer other = TestManufacturers.register(administration, users);
        PlatformUser owner = other.user();
        PlantView plant = products.createPlant(owner, "他厂", "湖北省武汉市", Province.HUBEI);
        BatteryModelView model = products.createModel(
                owner,
                new BatteryModelDetails(
                        "X-1",
                        "X",
                        Chemistry.NMC811,
                        BatteryFormat.PACK,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        VehicleCategory.M1,
                        BigDecimal.ONE,
                        null,
                        null,
                        null));
        DeclarationView declaration = declarations.create(
                owner,
                new DeclarationCommand(
                        model.id(),
                        plant.id(),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 6, 30),
                        10,
                        FunctionalUnitMethod.EU_FEQC,
                        ElectricityRule.LOCATION_BASED,
                        "Passenger car pack: EU FEqC over the warranted life, as the vehicle maker requires."));
        ActivityLineView line = declarations.addLine(
                declaration.id(),
                owner,
                DeclarationService.validate(
                                cn.batterycarbon.footprint.core.LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                                Map.of(
                                        cn.batterycarbon.declaration.imports.LineColumn.CATEGORY, "MATERIAL",
                                        cn.batterycarbon.declaration.imports.LineColumn.DESCRIPTION, "Nickel",
                                        cn.batterycarbon.declaration.imports.LineColumn.QUANTITY, "10",
                                        cn.batterycarbon.declaration.imports.LineColumn.UNIT, "kg",
                                        cn.batterycarbon.declaration.imports.LineColumn.FACTOR_VALUE, "20",
                                        cn.batterycarbon.declaration.imports.LineColumn.FACTOR_UNIT, "kgCO2e/kg"))
                        .line());
        // One calculation record, so that the owner finds calculation 1 (and another maker does not).
        calculations.calculate(declaration.id(), owner, false);

        bodyModel = model.id();
        bodyPlant = plant.id();
        List<String> violations = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            if (!endpoint[1].contains("{")) {
                continue;
            }
            String path = endpoint[1]
                    .replace("{p}", plant.id().toString())
                    .replace("{m}", model.id().toString())
                    .replace("{d}", declaration.id().toString())
                    .replace("{l}", line.id().toString())
                    .replace("{s}", "1");
            MockHttpServletResponse response = perform(endpoint[0], path, users.loadUserByUsername("maker"));
            if (response.getStatus() != 404) {
                violations.add(endpoint[0] + " " + path + ": " + response.getStatus());
            }
            // The owner reaches the same record (no 404), so the 404 above is the tenant guard.
            // (Deleting is left out: it would remove the records the next endpoints need.)
            if (!endpoint[0].equals("DELETE") && !path.contains("/delete")) {
                MockHttpServletResponse own = perform(endpoint[0], path, owner);
                if (own.getStatus() == 404) {
                    violations.add(endpoint[0] + " " + path + " as owner: 404");
                }
            }
        }
        assertThat(violations).isEmpty();
        // Also: the list pages and lists of the API never show another organization's records.
        String list = mvc.perform(MockMvcRequestBuilders.get("/api/v1/declarations")
                        .with(user(users.loadUserByUsername("maker"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(declaration.id().toString());
    }

    /** Model and plant a declaration body names (random ids unless a test sets real ones). */
    private UUID bodyModel = UUID.randomUUID();

    private UUID bodyPlant = UUID.randomUUID();

    /** A valid request body, so that the answer is about who asks, not about what is sent. */
    private String body(String path) {
        if (path.matches(".*/plants(/[^/]+)?$")) {
            return "{\"name\":\"x\",\"address\":\"y\",\"province\":\"JIANGSU\"}";
        }
        if (path.matches(".*/battery-models(/[^/]+)?$")) {
            return "{\"modelCode\":\"M-" + UUID.randomUUID()
                    + "\",\"name\":\"n\",\"chemistry\":\"LFP\",\"format\":\"PACK\","
                    + "\"ratedEnergyKwh\":62,\"usableEnergyKwh\":60,\"nominalVoltageV\":384,\"capacityAh\":161,"
                    + "\"massKg\":385,\"vehicleCategory\":\"M1\",\"warrantyYears\":8}";
        }
        if (path.matches(".*/declarations(/[^/]+)?$")) {
            return "{\"batteryModelId\":\"" + bodyModel + "\",\"plantId\":\"" + bodyPlant + "\","
                    + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"productionVolume\":1,"
                    + "\"functionalUnitMethod\":\"EU_FEQC\",\"electricityRule\":\"LOCATION_BASED\"}";
        }
        if (path.endsWith("/release")) {
            return "{\"releaseCode\":\"CN-BCF-2026.1\"}";
        }
        if (path.endsWith("/what-if")) {
            return "{\"line\":1,\"quantity\":2}";
        }
        if (path.contains("/lines")) {
            return "{\"stage\":\"RawMaterialExtraction\",\"category\":\"MATERIAL\",\"description\":\"Nickel\","
                    + "\"quantity\":\"1\",\"unit\":\"kg\",\"factorValue\":\"20\",\"factorUnit\":\"kgCO2e/kg\"}";
        }
        return "{}";
    }

    private MockHttpServletResponse perform(
            String method, String path, org.springframework.security.core.userdetails.UserDetails as) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (path.endsWith("/upload")) {
            request = MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {'x'}));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        }
        if (as != null) {
            request.with(user(as));
        }
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (path.startsWith("/api/") && (method.equals("POST") || method.equals("PUT")) && !path.endsWith("/upload")) {
            request.contentType(MediaType.APPLICATION_JSON).content(body(path));
        }
        if (path.contains("/what-if") && method.equals("POST") && !path.startsWith("/api/")) {
            request.param("line", "1").param("quantity", "2");
        }
        if (path.contains("/calculations/compare") || path.contains("/calculations/changes")) {
            request.param("from", "1").param("to", "1");
        }
        if (path.contains("/compare-release")) {
            request.param("release", "CN-BCF-2026.1");
        }
        if (path.endsWith("/release") && !path.startsWith("/api/")) {
            request.param("releaseCode", "CN-BCF-2026.1");
        }
        if (path.endsWith("/compare")) {
            request.param("left", UUID.randomUUID().toString())
                    .param("right", UUID.randomUUID().toString());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
