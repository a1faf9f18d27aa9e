package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.footprint.core.StageResult;
import cn.batterycarbon.footprint.core.WorkedExampleAccess;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import cn.batterycarbon.verification.DataQualityMeasures;
import cn.batterycarbon.verification.VerificationService;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new manufacturer goes from an empty account to a calculated declaration through the JSON API
 * (plant, model, declaration, Excel upload, calculation), and the result equals worked example 1
 * of docs/methodology.md. Also: idempotent re-upload, all-or-nothing refusal naming sheet, row
 * and column in the caller's language, CSV in GB18030, the lock after submission, what-if.
 */
@IntegrationTest
class DeclarationWorkflowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    VerificationService verification;

    private PlatformUser maker;

    @BeforeEach
    void newManufacturer() {
        Manufacturer manufacturer = TestManufacturers.register(administration, users);
        maker = manufacturer.user();
    }

    @Test
    void emptyAccountToCalculatedDeclarationMatchesTheLfpWorkedExample() throws Exception {
        String declaration = createDeclaration();

        JsonNode upload = upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 200);
        assertThat(upload.get("lines").asInt()).isEqualTo(18);

        JsonNode result = json.readTree(mvc.perform(post("/api/v1/declarations/{id}/calculate", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        FootprintResult expected = WorkedExampleAccess.lfpResult();
        assertThat(result.get("lifetimeEnergyKwh").decimalValue()).isEqualByComparingTo(expected.lifetimeEnergyKwh());
        assertThat(result.get("totalKgCo2ePerKwh").decimalValue()).isEqualByComparingTo(expected.totalKgCo2ePerKwh());
        assertThat(result.get("absoluteKgCo2e").decimalValue()).isEqualByComparingTo(expected.absoluteKgCo2e());
        assertThat(result.get("recyclingCreditsKgCo2e").decimalValue())
                .isEqualByComparingTo(expected.recyclingCreditsKgCo2e());
        assertThat(result.get("primaryDataShare").decimalValue()).isEqualByComparingTo(expected.primaryDataShare());
        assertThat(result.get("performanceClass").asString()).isEqualTo("D");
        for (StageResult stage : expected.stages()) {
            JsonNode figure = stageOf(result, stage.stage());
            assertThat(figure.get("kgCo2e").decimalValue()).isEqualByComparingTo(stage.absoluteKgCo2e());
            assertThat(figure.get("kgCo2ePerKwh").decimalValue()).isEqualByComparingTo(stage.kgCo2ePerKwh());
        }
        assertThat(result.get("topContributors").get(0).asInt()).isEqualTo(8);
        JsonNode electricity = result.get("lines").get(8);
        assertThat(electricity.get("conversion").decimalValue()).isEqualByComparingTo("1000");
        assertThat(electricity.get("factorUnit").asString()).isEqualTo("kgCO2e/kWh");
        assertThat(electricity.get("kgCo2e").decimalValue()).isEqualByComparingTo("2022.120");

        // The figures are those printed in docs/methodology.md §10.
        String doc = Files.readString(Path.of("..", "docs", "methodology.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains("**" + expected.totalKgCo2ePerKwh().toPlainString() + "**");
        assertThat(doc).contains("**" + expected.absoluteKgCo2e().toPlainString() + "**");

        JsonNode stored = getJson("/api/v1/declarations/" + declaration);
        assertThat(stored.get("status").asString()).isEqualTo("CALCULATED");
        assertThat(stored.get("result").get("totalKgCo2ePerKwh").decimalValue())
                .isEqualTo(expected.totalKgCo2ePerKwh());

        mvc.perform(get("/declarations/{id}/result", declaration).with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                expected.totalKgCo2ePerKwh().toPlainString())));
    }

    @Test
    void uploadingTheSameFileTwiceDoesNotDuplicateLinesAndEditingDropsTheResult() throws Exception {
        String declaration = createDeclaration();
        upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 200);
        mvc.perform(post("/api/v1/declarations/{id}/calculate", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk());

        JsonNode again = upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 200);
        assertThat(again.get("linesRemoved").asInt()).isEqualTo(18);
        JsonNode view = getJson("/api/v1/declarations/" + declaration);
        assertThat(view.get("lineCount").asInt()).isEqualTo(18);
        assertThat(view.get("status").asString()).isEqualTo("DRAFT");
        assertThat(view.get("result").isNull()).isTrue();

        // The CSV variant (stage column) of the same lines, written in GB18030 without BOM.
        String csv = new String(WorkedExampleFiles.lfpCsv(), StandardCharsets.UTF_8).substring(1);
        upload(declaration, csv.getBytes(Charset.forName("GB18030")), "lfp.csv", 200);
        assertThat(getJson("/api/v1/declarations/" + declaration)
                        .get("lineCount")
                        .asInt())
                .isEqualTo(18);

        // A file with Distribution lines only replaces the two transport lines, nothing else.
        String distribution = "阶段 / Stage,类别 / Category,\"材料、部件或活动 / Material, component or activity\","
                + "数量 / Quantity,单位 / Unit,运输方式 / Transport mode,企业或供应商因子值 / Specific factor value,"
                + "因子单位 / Factor unit\n"
                + "分销运输,TRANSPORT,Ship to Europe,9000,t*km,SEA,10.5,gCO2e/(t*km)\n";
        JsonNode outcome = upload(declaration, distribution.getBytes(StandardCharsets.UTF_8), "d.csv", 200);
        assertThat(outcome.get("linesRemoved").asInt()).isEqualTo(2);
        assertThat(outcome.get("stagesReplaced").toString()).isEqualTo("[\"DISTRIBUTION\"]");
        assertThat(getJson("/api/v1/declarations/" + declaration)
                        .get("lineCount")
                        .asInt())
                .isEqualTo(17);
    }

    @Test
    void aBadFileIsRefusedWholeNamingSheetRowAndColumnInTheCallersLanguage() throws Exception {
        String declaration = createDeclaration();
        upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 200);

        String bad =
                "\uFEFF阶段 / Stage,类别 / Category,\"材料、部件或活动 / Material, component or activity\",数量 / Quantity,单位 / Unit,"
                        + "企业或供应商因子值 / Specific factor value,因子单位 / Factor unit\r\n"
                        + "RawMaterialExtraction,MATERIAL,Nickel,12,kg,20,kgCO2e/kg\r\n"
                        + "RawMaterialExtraction,MATERIAL,Cobalt,twelve,kg,30,kgCO2e/kg\r\n"
                        + "Distribution,TRANSPORT,Ship,100,furlong,0.01,kgCO2e/(t*km)\r\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        JsonNode problem = json.readTree(mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(file)
                        .header("Accept-Language", "en")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("sheet").asString()).isEqualTo("CSV");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("数量 / Quantity");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("\"twelve\" is not a number.");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("运输方式 / Transport mode");
        assertThat(errors.get(2).get("column").asString()).isEqualTo("单位 / Unit");
        assertThat(errors.get(2).get("message").asString()).contains("furlong");

        // Nothing of the bad file was saved: the earlier lines are all still there.
        assertThat(getJson("/api/v1/declarations/" + declaration)
                        .get("lineCount")
                        .asInt())
                .isEqualTo(18);

        // In Chinese (the default), the same problem in Chinese.
        JsonNode chinese = json.readTree(mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(file)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(chinese.get("errors").get(0).get("message").asString()).isEqualTo("“twelve”不是数字。");
    }

    @Test
    void aSubmittedDeclarationIsLockedAndWhatIfChangesNothing() throws Exception {
        String declaration = createDeclaration();
        upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 200);
        mvc.perform(post("/api/v1/declarations/{id}/submit", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/declarations/{id}/calculate", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk());

        JsonNode whatIf = json.readTree(mvc.perform(post("/api/v1/declarations/{id}/what-if", declaration)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"line\":9,\"quantity\":1.8}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // Half the electricity: 1011.060 kg less per pack, 28800 kWh over the life.
        assertThat(whatIf.get("right").get("absoluteKgCo2e").decimalValue()).isEqualByComparingTo("5516.628");
        assertThat(whatIf.get("left").get("absoluteKgCo2e").decimalValue()).isEqualByComparingTo("6527.688");
        assertThat(getJson("/api/v1/declarations/" + declaration).get("status").asString())
                .isEqualTo("CALCULATED");

        verification.reviseMeasures(
                maker, new DataQualityMeasures.Content("电表", "月度抄表", "能源部", "交叉核对", "保存五年"), List.of());
        String agency = verification.agencies().get(0).id().toString();
        mvc.perform(post("/api/v1/declarations/{id}/submit", declaration)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"" + agency + "\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk());
        upload(declaration, WorkedExampleFiles.lfpXlsx(), "lfp.xlsx", 400);
        mvc.perform(post("/api/v1/declarations/{id}/calculate", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(getJson("/api/v1/declarations/" + declaration).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void linesEnteredOneByOneAreValidatedFieldByField() throws Exception {
        String declaration = createDeclaration();
        JsonNode problem = json.readTree(mvc.perform(post("/api/v1/declarations/{id}/lines", declaration)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"stage\":\"Distribution\",\"category\":\"MATERIAL\",\"description\":\"x\","
                                + "\"quantity\":\"-1\",\"unit\":\"kg\",\"factorCode\":\"MAT-AL\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> fields = problem.get("errors").findValuesAsString("field");
        assertThat(fields).contains("category", "quantity");

        mvc.perform(post("/api/v1/declarations/{id}/lines", declaration)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"MainProduction\",\"category\":\"ELECTRICITY\",\"description\":\"Grid\","
                                + "\"quantity\":\"3600\",\"unit\":\"kWh\",\"electricitySupply\":\"GRID\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isCreated());
        // Grid electricity without a factor: the rule set picks the grid factor of the plant's grid.
        JsonNode result = json.readTree(mvc.perform(post("/api/v1/declarations/{id}/calculate", declaration)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode line = result.get("lines").get(0);
        assertThat(line.get("factorSource").asString()).isEqualTo("BACKGROUND");
        assertThat(line.get("factorCode").asString()).isEqualTo("ELEC-GRID");
        assertThat(line.get("geography").asString()).isEqualTo("CN-GRID-EAST");
    }

    @Test
    void theLineFormNamesBadFieldsAndAddsGoodLines() throws Exception {
        String declaration = createDeclaration();
        mvc.perform(post("/declarations/{id}/lines", declaration)
                        .param("stage", "Distribution")
                        .param("category", "TRANSPORT")
                        .param("description", "Truck")
                        .param("distanceKm", "300")
                        .param("massKg", "385")
                        .param("factorValue", "0.078")
                        .param("factorUnit", "kgCO2e/(t*km)")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("运输类活动需要填写运输方式。")));
        assertThat(getJson("/api/v1/declarations/" + declaration)
                        .get("lineCount")
                        .asInt())
                .isZero();

        mvc.perform(post("/declarations/{id}/lines", declaration)
                        .param("stage", "Distribution")
                        .param("category", "TRANSPORT")
                        .param("description", "Truck")
                        .param("transportMode", "ROAD")
                        .param("distanceKm", "300")
                        .param("massKg", "385")
                        .param("factorValue", "0.078")
                        .param("factorUnit", "kgCO2e/(t*km)")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode line = json.readTree(mvc.perform(get("/api/v1/declarations/{id}/lines", declaration)
                                .with(user(maker)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get(0)
                .get("line");
        // distance × mass transported: 300 km × 385 kg = 115500 kg*km
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("115500");
        assertThat(line.get("unit").asString()).isEqualTo("kg*km");
    }

    private JsonNode stageOf(JsonNode result, LifeCycleStage stage) {
        for (JsonNode figure : result.get("stages")) {
            if (figure.get("stage").asString().equals(stage.batteryPassName())) {
                return figure;
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    private String createDeclaration() throws Exception {
        String plant = postJson("/api/v1/plants", "{\"name\":\"常州工厂\",\"address\":\"江苏省常州市\",\"province\":\"JIANGSU\"}")
                .get("id")
                .asString();
        String model = postJson(
                        "/api/v1/battery-models",
                        "{\"modelCode\":\"LFP-60\",\"name\":\"LFP pack\",\"chemistry\":\"LFP\",\"format\":\"PACK\","
                                + "\"ratedEnergyKwh\":62,\"usableEnergyKwh\":60,\"nominalVoltageV\":384,\"capacityAh\":161,"
                                + "\"massKg\":385,\"vehicleCategory\":\"M1\",\"warrantyYears\":8}")
                .get("id")
                .asString();
        return postJson(
                        "/api/v1/declarations",
                        "{\"batteryModelId\":\"" + model + "\",\"plantId\":\"" + plant + "\","
                                + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"productionVolume\":1000,"
                                + "\"functionalUnitMethod\":\"EU_FEQC\",\"electricityRule\":\"LOCATION_BASED\","
                                + "\"functionalUnitJustification\":\"Passenger car pack: EU FEqC as required.\"}")
                .get("id")
                .asString();
    }

    private JsonNode postJson(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode upload(String declaration, byte[] content, String name, int expectedStatus) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, "application/octet-stream", content);
        return json.readTree(mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(file)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
