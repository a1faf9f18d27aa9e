package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.batterycarbon.declaration.DeclarationService.DeclarationCommand;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.product.ProductCatalog;
import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, points 2, 3, 4, 5, 9 (editing), 11 and 14: what a careful user found on the
 * declaration and result pages, each checked the way the user met it.
 */
@IntegrationTest
class CarefulUserIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

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

    @Autowired
    CalculationRecords records;

    private PlatformUser maker;

    @BeforeEach
    void newManufacturer() {
        maker = TestManufacturers.register(administration, users).user();
    }

    /** 17.2: empty stages, no primary data, no specific values for the required components. */
    @Test
    void anIncompleteDeclarationCalculatesWithCompletenessWarningsOnPageResultAndApi() throws Exception {
        DeclarationView d = TestDeclarations.lfp(products, declarations, maker);
        // The worked example is complete.
        assertThat(declarations.completeness(d.id(), maker)).isEmpty();

        DeclarationView sparse = declarationWith(List.of(
                line(
                        LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                        "MATERIAL",
                        "Copper foil",
                        "1",
                        "kg",
                        Map.of(LineColumn.FACTOR_VALUE, "1", LineColumn.FACTOR_UNIT, "kgCO2e/kg")),
                line(
                        LifeCycleStage.MAIN_PRODUCTION,
                        "ELECTRICITY",
                        "Grid electricity",
                        "3600",
                        "kWh",
                        Map.of(LineColumn.ELECTRICITY_SUPPLY, "GRID"))));
        CalculationSnapshot result = calculations.calculate(sparse.id(), maker, false);
        assertThat(result.completeness())
                .extracting(CalculationSnapshot.Warning::messageKey)
                .contains(
                        "declaration.completeness.emptyStage.Distribution",
                        "declaration.completeness.emptyStage.Recycling",
                        "declaration.completeness.lowPrimaryShare",
                        "declaration.completeness.component.CATHODE",
                        "declaration.completeness.component.SEPARATOR",
                        "declaration.completeness.component.CELL_CASING")
                .doesNotContain("declaration.completeness.emptyStage.MainProduction");

        Document page = page(get("/declarations/{id}", sparse.id()).param("lang", "en"));
        assertThat(page.select("#completeness li").eachText())
                .anyMatch(t -> t.contains("Recycling") && t.contains("no activity lines"))
                .anyMatch(t -> t.contains("separator"));
        Document resultPage = page(get("/declarations/{id}/result", sparse.id()));
        assertThat(resultPage.select("#completeness li")).hasSizeGreaterThanOrEqualTo(6);

        JsonNode api = json.readTree(
                body(get("/api/v1/declarations/{id}/completeness", sparse.id()).header("Accept-Language", "en")));
        assertThat(api.findValuesAsString("messageKey")).contains("declaration.completeness.component.ANODE");
        assertThat(api.findValuesAsString("message")).anyMatch(m -> m.contains("anode"));
    }

    /** 17.3: an interval is never shown as certain when nothing in the footprint has an uncertainty. */
    @Test
    void monteCarloReportsTheShareWithUncertaintyAndGivesNoIntervalWhenItIsUnknown() throws Exception {
        DeclarationView d = TestDeclarations.lfp(products, declarations, maker);
        CalculationSnapshot result = calculations.calculate(d.id(), maker, true);
        // Worked example 1 uses company- and supplier-specific values only: no uncertainty at all.
        assertThat(result.uncertainty().uncertainShare()).isEqualByComparingTo("0");
        assertThat(result.uncertainty().informative()).isFalse();
        Document page = page(get("/declarations/{id}/result", d.id()));
        assertThat(page.select("#uncertainty-unknown")).hasSize(1);
        String text = page.select("#uncertainty").text();
        assertThat(text).doesNotContain(result.uncertainty().p2_5().toPlainString() + " – ");
    }

    /** 17.4: both functional-unit methods side by side; the justification is required and travels. */
    @Test
    void theResultShowsBothMethodsAndTheJustificationTravelsWithTheRecord() throws Exception {
        DeclarationView d = TestDeclarations.lfp(products, declarations, maker);
        CalculationSnapshot result = calculations.calculate(d.id(), maker, false);
        assertThat(result.methods()).hasSize(2);
        CalculationSnapshot.MethodFigure chosen = result.methods().get(0);
        CalculationSnapshot.MethodFigure other = result.methods().get(1);
        assertThat(chosen.method()).isEqualTo("EU_FEQC");
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.totalKgCo2ePerKwh()).isEqualByComparingTo(result.totalKgCo2ePerKwh());
        assertThat(other.available()).isTrue();
        // measured cycles: 62 kWh × 3000 × 0.9 = 167 400 kWh
        assertThat(other.lifetimeEnergyKwh()).isEqualByComparingTo("167400");
        assertThat(other.totalKgCo2ePerKwh()).isLessThan(chosen.totalKgCo2ePerKwh());

        Document page = page(get("/declarations/{id}/result", d.id()));
        assertThat(page.select("#method-EU_FEQC .chosen-method")).hasSize(1);
        assertThat(page.select("#method-MEASURED_CYCLES .method-class").text()).isEqualTo(other.performanceClass());

        DeclarationView current = declarations.declaration(d.id(), maker);
        declarations.update(
                d.id(),
                current.version(),
                maker,
                new DeclarationCommand(
                        current.model().id(),
                        current.plant().id(),
                        current.periodStart(),
                        current.periodEnd(),
                        current.productionVolume(),
                        current.functionalUnitMethod(),
                        current.electricityRule(),
                        "Passenger car pack: warranty-based method as the vehicle maker requires."));
        calculations.calculate(d.id(), maker, false);
        assertThat(records.latestOf(d.id()).orElseThrow().inputs().settings().functionalUnitJustification())
                .startsWith("Passenger car pack");
    }

    /** 17.5: every bad what-if input is a message next to its field, never a 500 or a bare 400. */
    @Test
    void badWhatIfInputIsAFieldMessageOnTheForm() throws Exception {
        DeclarationView d = declarationWith(List.of(
                line(
                        LifeCycleStage.MAIN_PRODUCTION,
                        "ELECTRICITY",
                        "Grid electricity",
                        "3600",
                        "kWh",
                        Map.of(LineColumn.ELECTRICITY_SUPPLY, "GRID")),
                line(
                        LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                        "MATERIAL",
                        "Copper",
                        "10",
                        "kg",
                        Map.of(LineColumn.FACTOR_VALUE, "4", LineColumn.FACTOR_UNIT, "kgCO2e/kg"))));
        // grid electricity is line 2 (stages in order): a new factor value is refused on its field
        assertWhatIfError(
                d, Map.of("line", "2", "factorValue", "0.3", "factorUnit", "kgCO2e/kWh"), "#factorValue-error");
        assertWhatIfError(d, Map.of("line", "1", "factorValue", "3", "factorUnit", "kgCO2e/kWh"), "#factorUnit-error");
        assertWhatIfError(
                d, Map.of("line", "1", "factorValue", "3", "factorUnit", "kgCO2e/furlong"), "#factorUnit-error");
        assertWhatIfError(d, Map.of("line", "1", "quantity", "-5"), "#quantity-error");
        assertWhatIfError(d, Map.of("line", "1", "quantity", "zwölf"), "#quantity-error");
        assertWhatIfError(
                d, Map.of("line", "1", "factorValue", "abc", "factorUnit", "kgCO2e/kg"), "#factorValue-error");
        assertWhatIfError(d, Map.of("line", "1"), "#quantity-error");

        MockHttpServletResponse api = mvc.perform(post("/api/v1/declarations/{id}/what-if", d.id())
                        .contentType("application/json")
                        .content("{\"line\":1,\"quantity\":-5}")
                        .with(user(maker))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"quantity\"");

        Document ok = page(post("/declarations/{id}/what-if", d.id())
                .param("line", "1")
                .param("quantity", "20")
                .with(csrf()));
        assertThat(ok.select("#right-total")).hasSize(1);
    }

    /** 17.11: a readable, unique number, in the list and the comparison. */
    @Test
    void declarationsHaveReadableUniqueNumbersShownInListsAndComparisons() throws Exception {
        DeclarationView a = TestDeclarations.lfp(products, declarations, maker);
        DeclarationView b = declarationWith(List.of(line(
                LifeCycleStage.MAIN_PRODUCTION,
                "DIESEL",
                "Forklifts",
                "35",
                "L",
                Map.of(LineColumn.FACTOR_VALUE, "2.68", LineColumn.FACTOR_UNIT, "kgCO2e/L"))));
        assertThat(a.number()).matches("BCF-\\d{4}-\\d{6}");
        assertThat(b.number()).matches("BCF-\\d{4}-\\d{6}").isNotEqualTo(a.number());
        Document list = page(get("/declarations"));
        assertThat(list.select(".declaration-number").eachText()).contains(a.number(), b.number());
        calculations.calculate(a.id(), maker, false);
        calculations.calculate(b.id(), maker, false);
        Document comparison = page(
                get("/declarations/compare").param("left", a.id().toString()).param("right", b.id().toString()));
        assertThat(comparison.select("#comparison thead").text()).contains(a.number(), b.number());
        JsonNode api = json.readTree(body(get("/api/v1/declarations/{id}", a.id())));
        assertThat(api.get("number").asString()).isEqualTo(a.number());
    }

    /** 17.9 (editing): a line is changed in place in the UI. */
    @Test
    void anActivityLineIsEditedInPlace() throws Exception {
        DeclarationView d = TestDeclarations.lfp(products, declarations, maker);
        ActivityLineView first = declarations.lines(d.id(), maker).get(0);
        Document form = page(get("/declarations/{id}/lines/{line}/edit", d.id(), first.id()));
        assertThat(form.select("#line-form").attr("action")).endsWith("/lines/" + first.id());
        assertThat(form.select("#description").val()).isEqualTo(first.line().description());
        assertThat(form.select("#quantity").val())
                .isEqualTo(first.line().quantity().toPlainString());

        MockHttpServletRequestBuilder update = post("/declarations/{id}/lines/{line}", d.id(), first.id())
                .with(user(maker))
                .with(csrf());
        for (var field : form.select("#line-form input[name], #line-form select[name]")) {
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").val()
                    : field.val();
            String name = field.attr("name");
            if (!name.equals("_csrf") && !name.equals("quantity") && value != null && !value.isEmpty()) {
                update.param(name, value);
            }
        }
        update.param("quantity", "130");
        assertThat(mvc.perform(update).andReturn().getResponse().getStatus()).isEqualTo(302);
        ActivityLineView changed = declarations.line(d.id(), first.id(), maker);
        assertThat(changed.line().quantity()).isEqualByComparingTo("130");
        assertThat(changed.line().description()).isEqualTo(first.line().description());
        assertThat(declarations.lines(d.id(), maker)).hasSize(18);
    }

    /** 17.14: lines are paged per stage with the stage's count and total, not all rendered at once. */
    @Test
    void declarationAndResultPagesPageTheirLines() throws Exception {
        List<LineData> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(line(
                    LifeCycleStage.RAW_MATERIAL_EXTRACTION,
                    "MATERIAL",
                    "Part " + i,
                    "1",
                    "kg",
                    Map.of(LineColumn.FACTOR_VALUE, "2", LineColumn.FACTOR_UNIT, "kgCO2e/kg")));
        }
        DeclarationView d = declarationWith(many);
        calculations.calculate(d.id(), maker, false);
        Document first = page(get("/declarations/{id}", d.id()));
        assertThat(first.select("#lines-RawMaterialExtraction tbody tr")).hasSize(50);
        assertThat(first.select("#stage-heading-RawMaterialExtraction .stage-total")
                        .text())
                .contains("240");
        Document last = page(get("/declarations/{id}", d.id())
                .param("stage", "RawMaterialExtraction")
                .param("page", "2"));
        assertThat(last.select("#lines-RawMaterialExtraction tbody tr")).hasSize(20);
        Document result = page(get("/declarations/{id}/result", d.id()));
        assertThat(result.select("#provenance tbody tr")).hasSize(100);
        Document result2 = page(get("/declarations/{id}/result", d.id()).param("page", "1"));
        assertThat(result2.select("#provenance tbody tr")).hasSize(20);
    }

    private void assertWhatIfError(DeclarationView d, Map<String, String> params, String errorSelector)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/declarations/{id}/what-if", d.id())
                .with(user(maker))
                .with(csrf())
                .header("Accept-Language", "en");
        params.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(params.toString()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#what-if-form")).as(params.toString()).hasSize(1);
        assertThat(page.select(errorSelector).text()).as(params.toString()).isNotBlank();
    }

    private DeclarationView declarationWith(List<LineData> lines) {
        DeclarationView lfp = TestDeclarations.lfp(products, declarations, maker);
        for (ActivityLineView l : declarations.lines(lfp.id(), maker)) {
            declarations.deleteLine(lfp.id(), l.id(), maker);
        }
        for (LineData l : lines) {
            declarations.addLine(lfp.id(), maker, l);
        }
        return declarations.declaration(lfp.id(), maker);
    }

    private static LineData line(
            LifeCycleStage stage,
            String category,
            String description,
            String quantity,
            String unit,
            Map<LineColumn, String> more) {
        Map<LineColumn, String> cells = new java.util.EnumMap<>(LineColumn.class);
        cells.put(LineColumn.CATEGORY, category);
        cells.put(LineColumn.DESCRIPTION, description);
        cells.put(LineColumn.QUANTITY, quantity);
        cells.put(LineColumn.UNIT, unit);
        cells.putAll(more);
        var result = DeclarationService.validate(stage, cells);
        assertThat(result.problems()).isEmpty();
        return result.line();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(user(maker))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(user(maker))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
