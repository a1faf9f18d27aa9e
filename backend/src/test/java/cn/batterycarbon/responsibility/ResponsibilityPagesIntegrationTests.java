package cn.batterycarbon.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages of the responsibility module: import, split, aggregation, runs, exports, comparison, access. */
@IntegrationTest
class ResponsibilityPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    String upload(String username) throws Exception {
        String location = mvc.perform(multipart("/responsibility/tables")
                        .file(new MockMultipartFile(
                                "file",
                                "china_2020_153.csv",
                                "text/csv",
                                ResponsibilityApiIntegrationTests.china2020()))
                        .param("name", "2020")
                        .with(as(username))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/responsibility/tables/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring("/responsibility/tables/".length());
    }

    String run(String username, String table, String rule, String depth) throws Exception {
        String location = mvc.perform(post("/responsibility/tables/" + table + "/runs")
                        .param("focusSector", "087")
                        .param("directEmissions", "366.66")
                        .param("upstreamEmissions", "0")
                        .param("gamma", "0.5")
                        .param("rule", rule)
                        .param("depth", depth)
                        .with(as(username))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/responsibility/runs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring("/responsibility/runs/".length());
    }

    @Test
    void aRegulatorImportsSplitsAggregatesRunsExportsAndCompares() throws Exception {
        mvc.perform(get("/responsibility").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("upload-form")))
                // the synthetic demo table every regulator and research institute starts with
                .andExpect(content().string(containsString("Demo IO table (synthetic)")));
        String table = upload("regulator");
        mvc.perform(get("/responsibility/tables/" + table).with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("run-form")));

        String split = mvc.perform(post("/responsibility/tables/" + table + "/split")
                        .param("parentCode", "087")
                        .param("newCode", "087EV")
                        .param("newNameZh", "动力电池")
                        .param("newNameEn", "EV batteries")
                        .param("share", "0.4")
                        .param("salesStructure", "")
                        .param("inputStructure", "")
                        .with(as("regulator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .substring("/responsibility/tables/".length());

        // aggregation by the editor, then replaced by an imported mapping
        mvc.perform(post("/responsibility/tables/" + split + "/aggregation")
                        .param("code", "090", "091")
                        .param("industry", "Electronics", "Electronics")
                        .param("stage", "2", "II")
                        .with(as("regulator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String mapping = "code,industry,stage\n087EV,EV battery industry,I\n090,Computer and communication,II\n"
                + "091,Computer and communication,II\n";
        mvc.perform(multipart("/responsibility/tables/" + split + "/aggregation/import")
                        .file(new MockMultipartFile(
                                "file", "mapping.csv", "text/csv", mapping.getBytes(StandardCharsets.UTF_8)))
                        .with(as("regulator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/responsibility/tables/" + split + "/aggregation").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Computer and communication")));

        String two = mvc.perform(post("/responsibility/tables/" + split + "/runs")
                        .param("focusSector", "087EV")
                        .param("directEmissions", "366.66")
                        .param("upstreamEmissions", "100")
                        .param("gamma", "0.5")
                        .param("rule", "VALUE_ADDED")
                        .param("depth", "2")
                        .with(as("regulator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .substring("/responsibility/runs/".length());
        String three = run("regulator", table, "PROFIT", "3");
        mvc.perform(get("/responsibility/runs/" + two).with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EV battery industry")))
                .andExpect(content().string(containsString("Computer and communication")))
                .andExpect(content().string(containsString("416.66")))
                .andExpect(content().string(containsString("data-chart")));
        mvc.perform(get("/responsibility/runs/" + three + "/export")
                        .param("format", "csv")
                        .with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andExpect(content().string(containsString("087")));
        byte[] xlsx = mvc.perform(get("/responsibility/runs/" + three + "/export")
                        .param("format", "xlsx")
                        .with(as("regulator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(get("/responsibility/compare").param("run", two, three).with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("comparison")))
                .andExpect(content().string(containsString("compare/export?run=" + two + "&amp;run=" + three)));
        mvc.perform(get("/responsibility/compare/export")
                        .param("run", two, three)
                        .param("format", "csv")
                        .param("lang", "en")
                        .with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Exports")))
                .andExpect(content().string(containsString("EV battery industry")));
        mvc.perform(get("/responsibility/compare/export")
                        .param("run", two, three)
                        .param("format", "xlsx")
                        .with(as("steward")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsSaved() throws Exception {
        mvc.perform(multipart("/responsibility/tables")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("upload-error")));
        String table = upload("steward");
        mvc.perform(post("/responsibility/tables/" + table + "/runs")
                        .param("focusSector", "087")
                        .param("directEmissions", "366.66")
                        .param("upstreamEmissions", "0")
                        .param("gamma", "2")
                        .param("rule", "CUSTOM")
                        .param("depth", "two")
                        .param("customRatios", "087=0.5\nnot a line")
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("depth-error")))
                .andExpect(content().string(containsString("gamma-error")));
        mvc.perform(post("/responsibility/tables/" + table + "/split")
                        .param("parentCode", "087")
                        .param("newCode", "001")
                        .param("newNameZh", "x")
                        .param("newNameEn", "x")
                        .param("share", "0.5")
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert--error")));
    }

    @Test
    void otherRolesAreForbiddenAnonymousSignsInAndOtherOrganizationsSeeNothing() throws Exception {
        String table = upload("regulator");
        String run = run("regulator", table, "VALUE_ADDED", "2");
        for (String other : List.of("maker", "supplier", "verifier", "admin")) {
            mvc.perform(get("/responsibility").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/responsibility/tables/" + table).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/responsibility/runs/" + run).with(as(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/responsibility"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        for (String path : List.of(
                "/responsibility/tables/" + table,
                "/responsibility/tables/" + table + "/aggregation",
                "/responsibility/runs/" + run,
                "/responsibility/runs/" + run + "/export?format=csv",
                "/responsibility/compare?run=" + run)) {
            mvc.perform(get(path).with(as("steward"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("regulator"))).andExpect(status().isOk());
        }
        mvc.perform(post("/responsibility/tables/" + table + "/runs")
                        .param("focusSector", "087")
                        .param("directEmissions", "1")
                        .param("depth", "2")
                        .with(as("expert"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/responsibility").with(as("expert"))).andExpect(status().isOk());
    }
}
