package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe's number cases (issues 17.1 and 18.1) through the real endpoints: each is refused with
 * a message naming the field and the bounds, nothing is stored, no 5xx and no long run.
 */
@IntegrationTest
class NumberRuleIntegrationTests {

    private static final String HEADER = "阶段 / Stage,类别 / Category,\"材料、部件或活动 / Material, component or activity\","
            + "数量 / Quantity,单位 / Unit,企业或供应商因子值 / Specific factor value,因子单位 / Factor unit\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    private PlatformUser maker;

    @BeforeEach
    void newManufacturer() {
        maker = TestManufacturers.register(administration, users).user();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // 204 bytes that ran 11 s into OutOfMemoryError
                "1e-999999999|12|数量 / Quantity|\"1e-999999999\" is out of range: a non-zero value must have a magnitude of at least 10^-12",
                "1e-100000|12|数量 / Quantity|\"1e-100000\" is out of range: a non-zero value must have a magnitude of at least 10^-12",
                "1e-400|12|数量 / Quantity|\"1e-400\" is out of range: a non-zero value must have a magnitude of at least 10^-12",
                "12|1e999999999|企业或供应商因子值 / Specific factor value|\"1e999999999\" is out of range: its magnitude must be below 10^15",
                // stored as 82 before
                "12|\"8,2\"|企业或供应商因子值 / Specific factor value|The comma in \"8,2\" cannot be a decimal separator (a comma only groups thousands); if you mean 8.2, write 8.2"
            })
    void uploadedNumbersOutsideTheRuleAreRefusedNamingCellAndBounds(
            String quantity, String factor, String column, String message) throws Exception {
        String declaration = DeclarationFixtures.createDeclaration(mvc, json, maker);
        String csv = HEADER + "RawMaterialExtraction,MATERIAL,Nickel," + quantity + ",kg," + factor + ",kgCO2e/kg\n";
        long started = System.nanoTime();
        JsonNode problem = json.readTree(mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(new MockMultipartFile("file", "n.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "en")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo(column);
        assertThat(error.get("message").asString()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1e308|lines[0].quantity|number.tooLarge",
                "9e999|lines[0].quantity|number.tooLarge",
                "1e-400|lines[0].quantity|number.tooSmall",
            })
    void theCalculationApiRefusesNumbersOutsideTheDomainWith400(String quantity, String field, String key)
            throws Exception {
        String body = """
                {"functionalUnit": {"method": "EU_FEQC", "usableEnergyKwh": 60, "cyclesPerYear": 60, "serviceLifeYears": 8},
                 "electricityRule": "LOCATION_BASED",
                 "lines": [{"stage": "RawMaterialExtraction", "quantity": %s, "unit": "kg",
                            "factor": {"value": 9.5, "unit": "kgCO2e/kg"}}]}
                """.formatted(quantity);
        JsonNode problem = json.readTree(mvc.perform(post("/api/v1/footprint/calculations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains("10^");
        assertThat(key).startsWith("number.");
    }

    @Test
    void whatIfRefusesNumbersOutsideTheDomainNamingTheField() throws Exception {
        String declaration = DeclarationFixtures.createDeclaration(mvc, json, maker);
        mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(new MockMultipartFile(
                                "file", "lfp.xlsx", "application/octet-stream", WorkedExampleFiles.lfpXlsx()))
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk());
        for (String body : new String[] {
            "{\"line\":1,\"quantity\":1e308}", "{\"line\":1,\"factorValue\":9e999,\"factorUnit\":\"kgCO2e/kg\"}"
        }) {
            String detail = json.readTree(mvc.perform(post("/api/v1/declarations/{id}/what-if", declaration)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .header("Accept-Language", "en")
                                    .content(body)
                                    .with(user(maker))
                                    .with(csrf()))
                            .andExpect(status().is4xxClientError())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .get("detail")
                    .asString();
            assertThat(detail).startsWith("New ").contains("10^15");
        }
    }
}
