package cn.batterycarbon.factor;

import static cn.batterycarbon.factor.FactorTestSupport.SEED_RELEASE;
import static cn.batterycarbon.factor.FactorTestSupport.fixture;
import static cn.batterycarbon.factor.FactorTestSupport.uniqueCode;
import static cn.batterycarbon.factor.FactorTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pages and API of the factor database: who may do what, problem+json errors, files. */
@IntegrationTest
class FactorWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    FactorReleaseService releases;

    String draft;

    @BeforeEach
    void draft() {
        draft = uniqueCode("WEB");
        releases.createDraft(new NewRelease(draft, "网页测试", "Web test", null, false), user(users, "steward"));
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    RequestPostProcessor as(PlatformUser principal) {
        return user(principal);
    }

    @Test
    void everySignedInUserBrowsesAndSearchesPublishedFactors() throws Exception {
        for (String who : new String[] {"maker", "verifier", "supplier", "regulator", "steward", "expert", "admin"}) {
            mvc.perform(get("/factors").with(as(who))).andExpect(status().isOk());
        }
        mvc.perform(get("/factors")
                        .param("release", SEED_RELEASE)
                        .param("category", "GRID_ELECTRICITY")
                        .param("geography", "CN-GRID-EAST")
                        .param("year", "2023")
                        .with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0.55")))
                .andExpect(content().string(containsString("kgCO2e/kWh")));
        mvc.perform(get("/factors")
                        .param("release", SEED_RELEASE)
                        .param("q", "natural gas")
                        .with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NG-COMBUSTION")));
        mvc.perform(get("/factors/lookup")
                        .param("release", SEED_RELEASE)
                        .param("code", "ELEC-GRID")
                        .param("geography", "CN-JS")
                        .param("year", "2023")
                        .with(as("verifier")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CN-GRID-EAST")));
        mvc.perform(get("/factors")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void draftsAreHiddenFromOtherOrganizations() throws Exception {
        mvc.perform(get("/factor-releases/" + draft).with(as("steward"))).andExpect(status().isOk());
        mvc.perform(get("/factor-releases/" + draft).with(as("expert"))).andExpect(status().isOk());
        mvc.perform(get("/factor-releases/" + draft).with(as("maker"))).andExpect(status().isNotFound());
        mvc.perform(get("/factor-releases/" + draft).with(as(FactorTestSupport.otherInstituteSteward())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/factors").param("release", draft).with(as("verifier")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/factor-releases/" + draft).with(as("maker"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/factor-releases/" + draft).with(as(FactorTestSupport.otherInstituteSteward())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/factor-releases/" + SEED_RELEASE).with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ELEC-GRID-RESIDUAL")));
    }

    @Test
    void releaseListAndFactorPagesFollowTheReleaseVisibility() throws Exception {
        releases.importFile(draft, fixture("draft-import.csv"), user(users, "steward"));
        java.util.UUID draftFactor = releases.factors(releases.release(draft, user(users, "steward")))
                .get(0)
                .getId();
        java.util.UUID seedFactor = releases.factors(releases.release(SEED_RELEASE, user(users, "maker")))
                .get(0)
                .getId();
        mvc.perform(get("/factor-releases").with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SEED_RELEASE)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(draft))));
        mvc.perform(get("/factor-releases").with(as("steward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(draft)));
        mvc.perform(get("/factor-releases")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/factors/" + seedFactor).with(as("supplier"))).andExpect(status().isOk());
        mvc.perform(get("/factors/" + draftFactor).with(as("expert"))).andExpect(status().isOk());
        mvc.perform(get("/factors/" + draftFactor).with(as("supplier"))).andExpect(status().isNotFound());
        mvc.perform(get("/factors/" + draftFactor).with(as(FactorTestSupport.otherInstituteSteward())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/factor-releases/" + draft + "/export").with(as("maker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/factor-releases/" + draft + "/factors/" + draftFactor + "/edit")
                        .with(as(FactorTestSupport.otherInstituteSteward())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/factor-releases/" + draft + "/factors/" + draftFactor + "/edit")
                        .with(as("steward")))
                .andExpect(status().isOk());
    }

    @Test
    void onlyStewardsWriteAndOnlyReviewersDecide() throws Exception {
        mvc.perform(get("/factor-releases/new").with(as("steward"))).andExpect(status().isOk());
        for (String who : new String[] {"maker", "expert", "verifier", "admin"}) {
            mvc.perform(get("/factor-releases/new").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/factor-releases/" + draft + "/submit")
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/factor-releases/" + draft + "/import").with(as(who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/factor-releases/" + draft + "/approve")
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/factor-releases/" + draft + "/send-back")
                        .with(as("maker"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/factor-releases/new")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/factor-releases/" + draft + "/approve")
                        .with(as("expert"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(draft)));
    }

    @Test
    void aReleaseInReviewOffersTheExpertTheDecision() throws Exception {
        releases.importFile(draft, fixture("draft-import.csv"), user(users, "steward"));
        releases.submitForReview(draft, user(users, "steward"));
        mvc.perform(get("/factor-releases/" + draft).with(as("expert")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("approve-form")))
                .andExpect(content().string(containsString("comment-form")));
        mvc.perform(get("/factor-releases/" + draft).with(as("steward")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("approve-form"))));
    }

    @Test
    void theStewardAddsAFactorByFormAndSeesEachProblemNextToItsField() throws Exception {
        mvc.perform(post("/factor-releases/" + draft + "/factors")
                        .with(as("steward"))
                        .with(csrf())
                        .param("code", "TEST-FORM")
                        .param("category", "RAW_MATERIAL")
                        .param("nameZh", "表单")
                        .param("nameEn", "Form")
                        .param("value", "Infinity")
                        .param("unit", "kgCO2e/parsec")
                        .param("geography", "CN")
                        .param("year", "2024")
                        .param("source", "")
                        .cookie(new jakarta.servlet.http.Cookie("bcf-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a finite number")))
                .andExpect(content().string(containsString("kgCO2e/parsec")))
                .andExpect(content().string(containsString("A source (publication or dataset) is required")));
        mvc.perform(post("/factor-releases/" + draft + "/factors")
                        .with(as("steward"))
                        .with(csrf())
                        .param("code", "TEST-FORM")
                        .param("category", "RAW_MATERIAL")
                        .param("nameZh", "表单")
                        .param("nameEn", "Form")
                        .param("value", "2.5")
                        .param("unit", "kgCO2e/kg")
                        .param("geography", "CN")
                        .param("year", "2024")
                        .param("source", "Test fixture"))
                .andExpect(status().is3xxRedirection());
        assertThat(releases.factors(releases.release(draft, user(users, "steward"))))
                .extracting(f -> f.getCode())
                .containsExactly("TEST-FORM");
    }

    @Test
    void aRefusedImportPageListsRowColumnAndProblem() throws Exception {
        mvc.perform(multipart("/factor-releases/" + draft + "/import")
                        .file(new MockMultipartFile("file", "bad-import.csv", "text/csv", fixture("bad-import.csv")))
                        .with(as("steward"))
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("bcf-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 problem(s) found, the release is unchanged")))
                .andExpect(content().string(containsString("is not a finite number (NaN and infinity are refused)")));
        mvc.perform(multipart("/factor-releases/" + draft + "/import")
                        .file(new MockMultipartFile("file", "ok.csv", "text/csv", fixture("draft-import.csv")))
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(releases.factors(releases.release(draft, user(users, "steward"))))
                .hasSize(3);
    }

    @Test
    void theApiReadsForEveryoneAndWritesForStewards() throws Exception {
        mvc.perform(get("/api/v1/factor-releases").with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(SEED_RELEASE)))
                .andExpect(jsonPath("$.totalItems").isNumber());
        mvc.perform(get("/api/v1/factor-releases")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/factor-releases/" + SEED_RELEASE + "/factors")
                        .param("category", "GRID_ELECTRICITY")
                        .param("geography", "CN")
                        .param("year", "2022")
                        .with(as("verifier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("ELEC-GRID-RESIDUAL")))
                .andExpect(jsonPath("$.items[0].source").isString());
        mvc.perform(get("/api/v1/factor-releases/" + SEED_RELEASE + "/lookup")
                        .param("factor", "ELEC-GRID")
                        .param("geography", "CN-SC")
                        .param("year", "2023")
                        .with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.geography").value("CN-SC"))
                .andExpect(jsonPath("$.year").value(2022))
                .andExpect(jsonPath("$.value").value(0.1404));
        mvc.perform(get("/api/v1/factor-releases/" + SEED_RELEASE + "/changes").with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releaseCode").value(SEED_RELEASE));

        String body = "{\"code\":\"" + uniqueCode("API") + "\",\"titleZh\":\"接口\",\"titleEn\":\"API\"}";
        mvc.perform(post("/api/v1/factor-releases")
                        .with(as("maker"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/factor-releases")
                        .with(as("steward"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/v1/factor-releases/" + SEED_RELEASE + "/approve")
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiWritesAreValidatedAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/factor-releases/" + draft + "/factors")
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"TEST-API\",\"category\":\"TRANSPORT\",\"nameZh\":\"运\",\"nameEn\":\"T\","
                                + "\"value\":\"-1\",\"unit\":\"kgCO2e/(t*km)\",\"geography\":\"CN\",\"year\":2024,"
                                + "\"source\":\"Test fixture\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message", containsString("only recycling factors may be negative")));
        mvc.perform(multipart("/api/v1/factor-releases/" + draft + "/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", fixture("bad-import.csv")))
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].field").value("row 3: unit"));
        mvc.perform(multipart("/api/v1/factor-releases/" + draft + "/import")
                        .file(new MockMultipartFile("file", "ok.csv", "text/csv", fixture("draft-import.csv")))
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(3));
        mvc.perform(multipart("/api/v1/factor-releases/" + draft + "/import")
                        .file(new MockMultipartFile("file", "ok.csv", "text/csv", fixture("draft-import.csv")))
                        .with(as("expert"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportsAndTemplatesDownloadInTheImportFormat() throws Exception {
        mvc.perform(get("/factor-releases/" + SEED_RELEASE + "/export")
                        .param("format", "csv")
                        .with(as("maker")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(SEED_RELEASE + ".csv")))
                .andExpect(content().string(containsString("code,category,name_zh,name_en,value,unit")));
        byte[] xlsx = mvc.perform(get("/api/v1/factor-releases/" + SEED_RELEASE + "/export")
                        .param("format", "xlsx")
                        .with(as("verifier")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(cn.batterycarbon.factor.core.FactorFiles.read(xlsx).rows()).hasSizeGreaterThan(40);
        mvc.perform(get("/factor-releases/template").param("format", "xlsx").with(as("steward")))
                .andExpect(status().isOk());
        mvc.perform(get("/factor-releases/template").param("format", "pdf").with(as("steward")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesAreInEnglishOnRequest() throws Exception {
        jakarta.servlet.http.Cookie english = new jakarta.servlet.http.Cookie("bcf-lang", "en");
        mvc.perform(get("/factor-releases/" + SEED_RELEASE).with(as("maker")).cookie(english))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grid electricity excluding market-traded non-fossil")))
                .andExpect(content().string(containsString("This release is published and cannot be changed")));
        mvc.perform(get("/factors")
                        .param("release", SEED_RELEASE)
                        .with(as("maker"))
                        .cookie(english))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("East China grid")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
    }

    @Test
    void theImpactOfAReleaseNeverListsDeclarationsAlreadyPinnedToIt() throws Exception {
        // Demo declarations are pinned to CN-BCF-2026.2 as well (electricity rule sets), so moving
        // back to the seed changes them; those pinned to the seed itself never appear.
        mvc.perform(get("/api/v1/factor-releases/" + SEED_RELEASE + "/impact").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].fromRelease")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(SEED_RELEASE))));
        mvc.perform(get("/api/v1/factor-releases/" + draft + "/impact").with(as("steward")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionDocumentsTheFactorApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/factor-releases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/factor-releases/{code}/lookup']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/factor-releases/{code}/import']")
                        .exists());
    }
}
