package cn.batterycarbon.footprint;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stateless calculation with background factors from the seeded, published release
 * CN-BCF-2026.1 (MEE/NBS grid factors): the province falls back to its grid region, the year is
 * honoured, and the market-based rule uses the residual factor for grid electricity.
 */
@IntegrationTest
class CalculationWithPublishedFactorsIntegrationTests {

    private static final String RELEASE = "CN-BCF-2026.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String request(String rule, String province, int year, String electricityLine) {
        return """
                {"functionalUnit": {"method": "EU_FEQC", "usableEnergyKwh": 60, "cyclesPerYear": 60, "serviceLifeYears": 8},
                 "electricityRule": "%s", "province": "%s", "referenceYear": %d, "factorRelease": "%s",
                 "lines": [%s]}
                """.formatted(rule, province, year, RELEASE, electricityLine);
    }

    @Test
    void jiangsuElectricityUsesTheEastGridFactorOfTheYear() throws Exception {
        // 1 MWh = 1000 kWh x 0.5617 kg/kWh (East China grid, 2022) = 561.7 kg; lifetime 60 x 60 x 8 = 28,800 kWh
        mvc.perform(
                        post("/api/v1/footprint/calculations")
                                .with(user(users.loadUserByUsername("maker")))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        request(
                                                "LOCATION_BASED",
                                                "Jiangsu",
                                                2022,
                                                "{\"stage\": \"MainProduction\", \"quantity\": 1, \"unit\": \"MWh\", \"factorCode\": \"ELEC-GRID\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factorRelease").value(RELEASE))
                .andExpect(jsonPath("$.lifetimeEnergyKwh").value(28800))
                .andExpect(jsonPath("$.lines[0].factorValue").value(0.5617))
                .andExpect(jsonPath("$.lines[0].factorGeography").value("CN-GRID-EAST"))
                .andExpect(jsonPath("$.lines[0].kgCo2e").value(561.7))
                .andExpect(jsonPath("$.absoluteKgCo2e").value(561.7));
    }

    @Test
    void theMarketBasedRuleChargesGridElectricityWithTheResidualFactor() throws Exception {
        // 2023 national grid excluding market-traded non-fossil electricity: 0.6096 kg/kWh
        mvc.perform(
                        post("/api/v1/footprint/calculations")
                                .with(user(users.loadUserByUsername("maker")))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        request(
                                                "MARKET_BASED_CN",
                                                "Jiangsu",
                                                2023,
                                                "{\"stage\": \"MainProduction\", \"quantity\": 1000, \"unit\": \"kWh\", \"factorCode\": \"ELEC-GRID\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].factorValue").value(0.6096))
                .andExpect(jsonPath("$.lines[0].kgCo2e").value(609.6));
    }

    @Test
    void anUnknownBackgroundCodeIsNamedWithItsLine() throws Exception {
        mvc.perform(
                        post("/api/v1/footprint/calculations")
                                .with(user(users.loadUserByUsername("maker")))
                                .with(csrf())
                                .header("Accept-Language", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        request(
                                                "LOCATION_BASED",
                                                "Jiangsu",
                                                2022,
                                                "{\"stage\": \"RawMaterialExtraction\", \"quantity\": 1, \"unit\": \"kg\", \"factorCode\": \"NO-SUCH-CODE\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].factorCode"));
    }
}
