package cn.batterycarbon.footprint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The stateless calculation API through the real security chain. On this branch no factor
 * database is wired, so background factor codes answer 400 naming the line; calculations with
 * real published factors are tested where the factor module is present.
 */
@IntegrationTest
class FootprintCalculationApiIntegrationTests {

    private static final String URL = "/api/v1/footprint/calculations";

    /** The contract's example with inline factors only (electricity as a company-specific value). */
    private static final String INLINE_REQUEST = """
            {"functionalUnit": {"method": "EU_FEQC", "usableEnergyKwh": 60, "cyclesPerYear": 60, "serviceLifeYears": 8},
             "electricityRule": "LOCATION_BASED", "province": "Jiangsu", "factorRelease": null,
             "lines": [
               {"stage": "RawMaterialExtraction", "description": "LFP cathode material", "quantity": 120, "unit": "kg",
                "factor": {"value": 9.5, "unit": "kgCO2e/kg"}},
               {"stage": "MainProduction", "quantity": 3.6, "unit": "MWh",
                "factor": {"value": 0.5617, "unit": "kgCO2e/kWh", "source": "SUPPLIER_SPECIFIC", "citation": "utility bill"}},
               {"stage": "Distribution", "quantity": 540, "unit": "t*km", "factor": {"value": 0.078, "unit": "kgCO2e/(t*km)"}},
               {"stage": "Recycling", "quantity": 30, "unit": "kg", "factor": {"value": 3.5, "unit": "kgCO2e/kg"},
                "recyclingCredit": true}
             ]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder calculation(String body) {
        return post(URL)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(body)
                .with(csrf());
    }

    private MockHttpServletRequestBuilder as(String username, String body) {
        return calculation(body).with(user(users.loadUserByUsername(username)));
    }

    @Test
    void calculatesADeclarationWithInlineFactors() throws Exception {
        mvc.perform(as("maker", INLINE_REQUEST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lifetimeEnergyKwh").value(28800))
                // 1140 + 2022.12 + 42.12 = 3204.24 kg; / 28800 kWh = 0.111258…
                .andExpect(jsonPath("$.absoluteKgCo2e").value(3204.24))
                .andExpect(jsonPath("$.totalKgCo2ePerKwh").value(0.111258))
                .andExpect(jsonPath("$.stages.length()").value(4))
                .andExpect(jsonPath("$.stages[0].stage").value("RawMaterialExtraction"))
                .andExpect(jsonPath("$.stages[0].absoluteKgCo2e").value(1140.0))
                .andExpect(jsonPath("$.stages[0].kgCo2ePerKwh").value(0.039583))
                .andExpect(jsonPath("$.stages[1].stage").value("MainProduction"))
                .andExpect(jsonPath("$.stages[1].absoluteKgCo2e").value(2022.12))
                .andExpect(jsonPath("$.stages[2].stage").value("Distribution"))
                .andExpect(jsonPath("$.stages[2].absoluteKgCo2e").value(42.12))
                .andExpect(jsonPath("$.stages[3].stage").value("Recycling"))
                .andExpect(jsonPath("$.stages[3].absoluteKgCo2e").value(0.0))
                .andExpect(jsonPath("$.lines.length()").value(4))
                .andExpect(jsonPath("$.lines[1].index").value(1))
                .andExpect(jsonPath("$.lines[1].kgCo2e").value(2022.12))
                .andExpect(jsonPath("$.lines[1].factorValue").value(0.5617))
                .andExpect(jsonPath("$.lines[1].factorUnit").value("kgCO2e/kWh"))
                .andExpect(jsonPath("$.lines[1].factorSource").value("SUPPLIER_SPECIFIC"))
                .andExpect(jsonPath("$.lines[1].factorCitation").value("utility bill"))
                .andExpect(jsonPath("$.lines[1].conversionFactor").value(1000))
                .andExpect(jsonPath("$.lines[0].factorSource").value("COMPANY_SPECIFIC"))
                .andExpect(jsonPath("$.lines[3].recyclingCredit").value(true))
                .andExpect(jsonPath("$.recyclingCredits.kgCo2e").value(105.0))
                .andExpect(jsonPath("$.topContributors[0].index").value(1))
                .andExpect(jsonPath("$.primaryDataShare").value(1.0))
                .andExpect(jsonPath("$.gridGeography").value("CN-GRID-EAST"))
                .andExpect(jsonPath("$.factorRelease").doesNotExist())
                .andExpect(jsonPath("$.performanceClass.performanceClass").value("B"))
                .andExpect(jsonPath("$.performanceClass.tableVersion").value("PLATFORM-2026.1"))
                .andExpect(jsonPath("$.warnings").isArray());
    }

    @Test
    void measuredCyclesAndMonteCarloAreOptional() throws Exception {
        String body = INLINE_REQUEST
                .replace(
                        "{\"method\": \"EU_FEQC\", \"usableEnergyKwh\": 60, \"cyclesPerYear\": 60, \"serviceLifeYears\": 8}",
                        "{\"method\": \"MEASURED_CYCLES\", \"ratedEnergyKwh\": 62, \"equivalentFullCycles\": 3000,"
                                + " \"depthOfDischarge\": 0.9}")
                .replace("\"factorRelease\": null,", "\"factorRelease\": null, \"uncertainty\": {\"seed\": 7},");
        mvc.perform(as("verifier", body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.functionalUnitMethod").value("MEASURED_CYCLES"))
                .andExpect(jsonPath("$.lifetimeEnergyKwh").value(167400.0))
                // 3204.24 / 167400 = 0.019141…
                .andExpect(jsonPath("$.totalKgCo2ePerKwh").value(0.019141))
                .andExpect(jsonPath("$.uncertainty.iterations").value(10000))
                .andExpect(jsonPath("$.uncertainty.seed").value(7))
                .andExpect(jsonPath("$.uncertainty.uncertainFactors").value(0))
                .andExpect(jsonPath("$.uncertainty.p50KgCo2ePerKwh").value(0.019141));
    }

    @Test
    void aBackgroundFactorWithoutAFactorDatabaseNamesTheLine() throws Exception {
        String body = """
                {"functionalUnit": {"method": "EU_FEQC", "usableEnergyKwh": 60, "vehicleCategory": "M1", "serviceLifeYears": 8},
                 "electricityRule": "LOCATION_BASED", "province": "Jiangsu", "factorRelease": null,
                 "lines": [
                   {"stage": "RawMaterialExtraction", "quantity": 120, "unit": "kg", "factor": {"value": 9.5, "unit": "kgCO2e/kg"}},
                   {"stage": "MainProduction", "quantity": 3.6, "unit": "MWh", "factorCode": "ELEC-GRID"}
                 ]}
                """;
        mvc.perform(as("maker", body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].factorCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("Background factor database not available")));
    }

    @Test
    void namesEveryOffendingField() throws Exception {
        String body = """
                {"functionalUnit": {"method": "MEASURED_CYCLES", "ratedEnergyKwh": 62, "depthOfDischarge": 1.2},
                 "electricityRule": "SOMETIMES", "province": "Atlantis", "factorRelease": "NO-SUCH-RELEASE",
                 "lines": [
                   {"stage": "RawMaterialExtraction", "quantity": -1, "unit": "kg", "factor": {"value": 9.5, "unit": "kgCO2e/kg"}},
                   {"stage": "MainProduction", "quantity": 1, "unit": "furlong", "factor": {"value": 1, "unit": "kgCO2e/kg"}},
                   {"stage": "MainProduction", "quantity": 120, "unit": "kg", "factor": {"value": 0.5, "unit": "kgCO2e/kWh"}},
                   {"stage": "Distribution", "quantity": 1, "unit": "t*km"},
                   {"stage": "Distribution", "quantity": 1, "unit": "t*km", "factorCode": "X", "factor": {"value": 1, "unit": "kgCO2e/(t*km)"}},
                   {"stage": "Recycling", "quantity": NaN, "unit": "kg", "factor": {"value": 1, "unit": "kgCO2e/kg"}},
                   {"stage": "Mining", "quantity": 1, "unit": "kg", "factor": {"value": 1, "unit": "kgCO2e/kg"}},
                   {"stage": "Recycling", "quantity": "lots", "unit": "kg", "factor": {"value": "NaN", "unit": "kgCO2/parsec"}},
                   {"stage": "MainProduction", "quantity": 1, "unit": "kg", "factor": {"value": 1, "unit": "kgCO2e/kg"}, "recyclingCredit": true}
                 ]}
                """;
        mvc.perform(as("supplier", body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        hasItems(
                                "functionalUnit.equivalentFullCycles",
                                "functionalUnit.depthOfDischarge",
                                "electricityRule",
                                "province",
                                "factorRelease",
                                "lines[0].quantity",
                                "lines[1].unit",
                                "lines[2].unit",
                                "lines[3].factor",
                                "lines[4].factor",
                                "lines[5].quantity",
                                "lines[6].stage",
                                "lines[7].quantity",
                                "lines[7].factor.value",
                                "lines[7].factor.unit",
                                "lines[8].recyclingCredit")))
                .andExpect(jsonPath("$.errors.length()").value(16))
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem("The quantity unit kg cannot be converted to the unit of the factor (kgCO2e/kWh).")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Unknown unit \"furlong\"")));
    }

    @Test
    void greenElectricityFollowsTheRuleSet() throws Exception {
        String body = """
                {"functionalUnit": {"method": "EU_FEQC", "usableEnergyKwh": 60, "vehicleCategory": "M1", "serviceLifeYears": 8},
                 "electricityRule": "MARKET_BASED_CN", "province": "CN-JS",
                 "lines": [
                   {"stage": "MainProduction", "quantity": 1000, "unit": "kWh",
                    "factor": {"value": 0.012, "unit": "kgCO2e/kWh", "source": "SUPPLIER_SPECIFIC"},
                    "electricity": {"supply": "GREEN_CERTIFICATE", "certificateIds": ["GEC-2026-000001"]}},
                   {"stage": "MainProduction", "quantity": 500, "unit": "kWh", "factor": {"value": 0.04, "unit": "kgCO2e/kWh"},
                    "electricity": {"supply": "GREEN_DIRECT_LINE"}}
                 ]}
                """;
        mvc.perform(as("maker", body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lifetimeEnergyKwh").value(28800))
                .andExpect(jsonPath("$.lines[0].electricitySupply").value("GREEN_CERTIFICATE"))
                .andExpect(jsonPath("$.lines[0].kgCo2e").value(12.0))
                .andExpect(jsonPath("$.lines[1].kgCo2e").value(20.0))
                .andExpect(jsonPath("$.absoluteKgCo2e").value(32.0));
        mvc.perform(as("maker", body.replace("[\"GEC-2026-000001\"]", "[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].electricity.certificateIds"));
        // Under the location-based rule the certificates do not count: the grid factor is needed.
        mvc.perform(as("maker", body.replace("MARKET_BASED_CN", "LOCATION_BASED")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("lines[0].factorCode", "lines[1].factorCode")));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() throws Exception {
        mvc.perform(as("maker", "{\"lines\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$"));
        mvc.perform(as("maker", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("functionalUnit", "electricityRule", "lines")));
    }

    @Test
    void errorsAreInTheCallersLanguageAndTheContractIsInTheOpenApiDocument() throws Exception {
        mvc.perform(post(URL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN")
                        .content(INLINE_REQUEST.replace("\"quantity\": 120", "\"quantity\": -120"))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.errors[0].message").value("数量不能为负。"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/footprint/calculations'].post")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.FootprintCalculationRequest.properties.functionalUnit")
                        .exists());
    }

    @Test
    void everySignedInRoleMayCalculate() throws Exception {
        for (String username :
                new String[] {"admin", "maker", "supplier", "verifier", "regulator", "steward", "expert"}) {
            mvc.perform(as(username, INLINE_REQUEST)).andExpect(status().isOk());
        }
    }

    @Test
    void anonymousCallersAreUnauthorized() throws Exception {
        mvc.perform(calculation(INLINE_REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
