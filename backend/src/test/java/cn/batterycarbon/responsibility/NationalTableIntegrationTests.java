package cn.batterycarbon.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national 2020 IO table ships with the project (issue 9.6) and the responsibility pages name
 * sectors and offer scenarios (issue 17.12): a regulator finds the table on first start, runs
 * Scenario II and III from choices, sees the focus sector's name, and compares runs by their
 * largest contributors with the rest rolled up.
 */
@IntegrationTest
class NationalTableIntegrationTests {

    private static final String NATIONAL = "2020 全国投入产出表（153 部门） / National IO table 2020 (153 sectors)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String nationalTable() throws Exception {
        JsonNode tables = json.readTree(mvc.perform(get("/api/v1/io-tables").with(as("regulator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        for (JsonNode table : tables) {
            if (NATIONAL.equals(table.get("name").asString())) {
                assertThat(table.get("sectorCount").asInt()).isEqualTo(153);
                return table.get("id").asString();
            }
        }
        throw new AssertionError("the regulator has no national table: " + tables);
    }

    String run(String table, String depth) throws Exception {
        String location = mvc.perform(post("/responsibility/tables/" + table + "/runs")
                        .param("focusSector", "087")
                        .param("directEmissions", "366.66")
                        .param("upstreamEmissions", "0")
                        .param("gamma", "0.5")
                        .param("rule", "VALUE_ADDED")
                        .param("depth", depth)
                        .with(as("regulator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring("/responsibility/runs/".length());
    }

    @Test
    void aRegulatorFindsTheNationalTableWithBatteryManufacturingOnFirstStart() throws Exception {
        String id = nationalTable();
        JsonNode detail =
                json.readTree(mvc.perform(get("/api/v1/io-tables/" + id).with(as("regulator")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        boolean batteries = false;
        for (JsonNode sector : detail.get("sectors")) {
            batteries |= sector.get("code").asString().equals("087")
                    && sector.get("nameZh").asString().contains("电池");
        }
        assertThat(batteries).isTrue();
    }

    @Test
    void depthsAreScenarioChoicesAndSectorsCarryTheirNames() throws Exception {
        String table = nationalTable();
        Document page =
                Jsoup.parse(mvc.perform(get("/responsibility/tables/" + table).with(as("regulator")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        Element depth = page.selectFirst("select#depth");
        assertThat(depth).as("depth is a choice, not a text box").isNotNull();
        assertThat(depth.select("option").eachAttr("value")).contains("1", "2", "3", "INFINITE");
        assertThat(depth.select("option[value=3]").text()).contains("情景 III");

        String run = run(table, "2");
        mvc.perform(get("/responsibility/runs/" + run).with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">087 电池<")));
    }

    @Test
    void theComparisonShowsTheLargestContributorsSortedWithTheRestRolledUp() throws Exception {
        String table = nationalTable();
        String second = run(table, "2");
        String third = run(table, "3");
        Document page = Jsoup.parse(mvc.perform(get("/responsibility/compare")
                        .param("run", second, third)
                        .with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<th scope=\"row\">001 "))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var rows = page.select("#comparison tbody tr:not(.final-demand):not(.total):not(.focus-share)");
        // 15 largest contributors and one "other sectors" row, not 153 sectors in code order
        assertThat(rows).hasSize(16);
        assertThat(rows.last().selectFirst("th").text()).isEqualTo("其他部门（合计）");
        double previous = Double.MAX_VALUE;
        for (Element row : rows.subList(0, 15)) {
            double largest = 0;
            for (Element cell : row.select("td").subList(1, 3)) {
                largest = Math.max(
                        largest, Math.abs(Double.parseDouble(cell.text().replace(",", ""))));
            }
            assertThat(largest).isLessThanOrEqualTo(previous + 0.01);
            previous = largest;
        }
        String chart = page.selectFirst("#compare-chart").attr("data-chart");
        assertThat(chart).contains("其他部门（合计）");
    }

    @Test
    void theChartingLibraryIsServedFromItsWebJarWithoutAVersionInTheUrl() throws Exception {
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
    }
}
