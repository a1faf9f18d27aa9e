package cn.batterycarbon.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The footprint family through the API, pages and exports (family visible everywhere), the
 * factor picker endpoint, and a lookup miss that says why.
 */
@IntegrationTest
class FactorFamilyApiIntegrationTests {

    static final String RELEASE = "CN-BCF-2026.2";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theLookupApiServesTheFootprintFamilyWithItsSource() throws Exception {
        mvc.perform(get("/api/v1/factor-releases/" + RELEASE + "/lookup")
                        .param("factor", "ELEC-CFP-AVG")
                        .param("geography", "CN-JS")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(0.5777))
                .andExpect(jsonPath("$.geography").value("CN"))
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.family").value("CN_ELECTRICITY_FOOTPRINT"))
                .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.containsString("2025")));
        mvc.perform(get("/api/v1/factor-releases/" + RELEASE + "/factors")
                        .param("q", "ELEC-CFP-WIND")
                        .with(user(users.loadUserByUsername("verifier"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("ELEC-CFP-WIND"))
                .andExpect(jsonPath("$.items[0].family").value("CN_ELECTRICITY_FOOTPRINT"))
                .andExpect(jsonPath("$.items[0].category").value("GRID_ELECTRICITY"));
    }

    @Test
    void browsingLookupAndExportShowTheFamily() throws Exception {
        String browse = mvc.perform(get("/factors")
                        .param("release", RELEASE)
                        .param("q", "ELEC-")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(browse).contains("data-family=\"CN_ELECTRICITY_FOOTPRINT\"", "data-family=\"CN_ELECTRICITY_CO2\"");
        String lookup = mvc.perform(get("/factors/lookup")
                        .param("release", RELEASE)
                        .param("code", "ELEC-CFP-PV")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lookup).contains("Electricity carbon-footprint factors (MEE, NBS, NEA; life-cycle CO2e)");
        String csv = mvc.perform(get("/api/v1/factor-releases/" + RELEASE + "/export")
                        .param("format", "csv")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",family");
        assertThat(csv).contains("ELEC-CFP-TD,GRID_ELECTRICITY").contains("CN_ELECTRICITY_FOOTPRINT");
    }

    @Test
    void aLookupMissSaysWhyInsteadOfNotInTheRelease() throws Exception {
        String page = mvc.perform(get("/factors/lookup")
                        .param("release", RELEASE)
                        .param("code", "NO-SUCH-FACTOR")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("maker"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-absence=\"NOT_IN_RELEASE\"", "This release has no factor with this code.");
        String later = mvc.perform(get("/factors/lookup")
                        .param("release", RELEASE)
                        .param("code", "ELEC-CFP-TD")
                        .param("year", "2023")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("maker"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).contains("data-absence=\"ONLY_LATER_YEARS\"");
    }

    @Test
    void thePickerFindsFactorsByCodeNameUnitOrGeographyAndNamesTheQuantityUnit() throws Exception {
        mvc.perform(get("/api/v1/factor-picker")
                        .param("release", RELEASE)
                        .param("q", "风电")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("ELEC-CFP-WIND"))
                .andExpect(jsonPath("$[0].unit").value("kgCO2e/kWh"))
                .andExpect(jsonPath("$[0].quantityUnit").value("kWh"))
                .andExpect(jsonPath("$[0].family").value("CN_ELECTRICITY_FOOTPRINT"));
        mvc.perform(get("/api/v1/factor-picker")
                        .param("release", RELEASE)
                        .param("q", "Sichuan")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("ELEC-GRID"))
                .andExpect(jsonPath("$[0].geography").value("CN-SC"));
        mvc.perform(get("/api/v1/factor-picker")
                        .param("release", RELEASE)
                        .param("q", "t*km")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].quantityUnit").value("t*km"));
        mvc.perform(get("/api/v1/factor-picker")
                        .param("release", "NO-SUCH-RELEASE")
                        .param("q", "x")
                        .with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isNotFound());
    }
}
