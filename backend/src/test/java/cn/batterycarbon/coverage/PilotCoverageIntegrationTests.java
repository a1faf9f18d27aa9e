package cn.batterycarbon.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pilot coverage on the demo data: the manufacturer sees its own models declared, in progress and
 * missing per chemistry (and nobody else's), the importer meets the pilot, the regulator sees every
 * declarant with filters and a CSV export; certified counts come from the certificate module.
 */
@IntegrationTest
class PilotCoverageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aManufacturerSeesItsOwnCoverageAndWhatIsMissing() throws Exception {
        mvc.perform(get("/api/v1/coverage").with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("宁川动力电池有限公司（演示）"))
                .andExpect(jsonPath("$.type").value("BATTERY_MANUFACTURER"))
                .andExpect(jsonPath("$.declaredModels").value(1))
                .andExpect(jsonPath("$.requiredModels").value(5))
                .andExpect(jsonPath("$.missingModels").value(4))
                .andExpect(jsonPath("$.meetsPilot").value(false))
                .andExpect(jsonPath("$.certifiedModels").isNumber())
                .andExpect(jsonPath("$.missingChemistries")
                        .value(org.hamcrest.Matchers.hasItems("NMC811", "LMFP", "NCA")));
        String page = mvc.perform(get("/coverage").param("lang", "en").with(user(users.loadUserByUsername("maker"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-chemistry=\"NCA\"", "4 more model(s) to declare")
                .doesNotContain("no certificate data yet")
                // tenant isolation: another declarant's models never show
                .doesNotContain("EU-LFP-55", "JH-NMC622-65");
        mvc.perform(get("/api/v1/coverage").with(user(users.loadUserByUsername("importer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("BATTERY_IMPORTER"))
                .andExpect(jsonPath("$.declaredModels").value(2))
                .andExpect(jsonPath("$.meetsPilot").value(true));
    }

    @Test
    void aRegulatorSeesEveryDeclarantWithFiltersAndExport() throws Exception {
        mvc.perform(get("/api/v1/coverage/companies").with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'BATTERY_IMPORTER')].meetsPilot")
                        .value(org.hamcrest.Matchers.hasItem(true)))
                .andExpect(jsonPath("$[?(@.type == 'VEHICLE_MAKER')].models").value(org.hamcrest.Matchers.hasItem(1)));
        mvc.perform(get("/api/v1/coverage/companies")
                        .param("type", "VEHICLE_MAKER")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("VEHICLE_MAKER"))));
        String meeting = mvc.perform(get("/coverage/companies")
                        .param("status", "MEETS")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meeting).contains("Euronergy").doesNotContain("Ningchuan");
        String csv = mvc.perform(get("/coverage/companies/export.csv")
                        .param("chemistry", "NCA")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Company,Company type,Models,Models declared");
        assertThat(csv).contains("Ningchuan Power Battery Co., Ltd. (demo)").doesNotContain("Euronergy");
        byte[] xlsx = mvc.perform(get("/coverage/companies/export.xlsx")
                        .param("chemistry", "NCA")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("regulator"))))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Company");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Ningchuan Power Battery Co., Ltd. (demo)");
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.strip().split("\\R").length - 1);
        }
    }
}
