package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.WorkedExampleAccess;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo data gives {@code maker} a calculated declaration built from the LFP worked example
 * (loaded from the seed CSV through the upload path), and the comparison pages work on it without
 * changing it.
 */
@IntegrationTest
class DemoDeclarationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationCalculations calculations;

    @Test
    void makerHasTheLfpWorkedExampleCalculated() {
        PlatformUser maker = (PlatformUser) users.loadUserByUsername("maker");
        DeclarationView demo = demo(maker);
        FootprintResult expected = WorkedExampleAccess.lfpResult();
        assertThat(demo.plant().province().name()).isEqualTo("JIANGSU");
        assertThat(demo.lineCount()).isEqualTo(18);
        assertThat(demo.result().totalKgCo2ePerKwh()).isEqualByComparingTo(expected.totalKgCo2ePerKwh());
        assertThat(demo.result().absoluteKgCo2e()).isEqualByComparingTo(expected.absoluteKgCo2e());
        assertThat(demo.result().performanceClass()).isEqualTo("D");
    }

    @Test
    void comparisonPagesCalculateWithoutSaving() throws Exception {
        PlatformUser maker = (PlatformUser) users.loadUserByUsername("maker");
        DeclarationView demo = demo(maker);
        mvc.perform(post("/declarations/{id}/what-if", demo.id())
                        .param("line", "9")
                        .param("quantity", "1.8")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5516.628")))
                .andExpect(content().string(containsString("6527.688")));
        mvc.perform(get("/declarations/{id}/compare-release", demo.id())
                        .param("release", demo.factorReleaseCode())
                        .with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0.226656")));
        mvc.perform(get("/declarations/compare")
                        .param("left", demo.id().toString())
                        .param("right", demo.id().toString())
                        .with(user(maker)))
                .andExpect(status().isOk());
        mvc.perform(get("/declarations/release-impact").with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(calculations.latestRelease())));
        mvc.perform(get("/declarations/{id}", demo.id()).with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LFP cathode active material")));
        mvc.perform(get("/declarations/template.csv").with(user(maker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数量 / Quantity")));
        assertThat(demo(maker).status()).isEqualTo(DeclarationStatus.CALCULATED);
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        String document =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        for (String path : new String[] {
            "/api/v1/plants",
            "/api/v1/plants/{id}",
            "/api/v1/battery-models",
            "/api/v1/battery-models/{id}",
            "/api/v1/declarations",
            "/api/v1/declarations/{id}",
            "/api/v1/declarations/{id}/lines",
            "/api/v1/declarations/{id}/lines/{lineId}",
            "/api/v1/declarations/{id}/upload",
            "/api/v1/declarations/{id}/calculate",
            "/api/v1/declarations/{id}/result"
        }) {
            assertThat(document).contains("\"" + path + "\"");
        }
        assertThat(document).contains("multipart/form-data");
    }

    private DeclarationView demo(PlatformUser maker) {
        return declarations.declarations(maker).stream()
                .filter(d -> d.model().modelCode().equals("BCF-LFP-60"))
                // the calculated one of 2025; the verification demo adds others of the same model
                .filter(d -> d.periodStart().equals(java.time.LocalDate.of(2025, 1, 1)))
                .findFirst()
                .orElseThrow();
    }
}
