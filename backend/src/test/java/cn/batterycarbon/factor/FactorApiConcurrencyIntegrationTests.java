package cn.batterycarbon.factor;

import static cn.batterycarbon.factor.FactorTestSupport.fixture;
import static cn.batterycarbon.factor.FactorTestSupport.uniqueCode;
import static cn.batterycarbon.factor.FactorTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A factor changed through the API names the version it read (issue 18 point 3), like the
 * declaration, plant and model changes: of parallel writers holding the same version exactly one
 * wins, the others get 409 with a message and nothing of theirs is stored.
 */
@IntegrationTest
class FactorApiConcurrencyIntegrationTests {

    private static final int CLIENTS = 16;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    @Autowired
    FactorReleaseService releases;

    String draft;
    EmissionFactor factor;

    @BeforeEach
    void draftWithFactors() {
        draft = uniqueCode("VER");
        releases.createDraft(new NewRelease(draft, "版本测试", "Version test", null, false), user(users, "steward"));
        releases.importFile(draft, fixture("draft-import.csv"), user(users, "steward"));
        factor = releases.factors(releases.release(draft, user(users, "steward"))).stream()
                .filter(f -> f.getCode().equals("TEST-CATHODE-LFP"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFactorChangeWithoutTheVersionIsRefusedNamingIt() throws Exception {
        mvc.perform(put("/api/v1/factor-releases/{code}/factors/{id}", draft, factor.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body("13.0", null))
                        .with(steward())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        // If-Match carries the version as well; the answer has the new version to send next time.
        JsonNode changed =
                json.readTree(mvc.perform(put("/api/v1/factor-releases/{code}/factors/{id}", draft, factor.getId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("If-Match", "\"" + factor.getVersion() + "\"")
                                .content(body("13.0", null))
                                .with(steward())
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(changed.get("version").asLong()).isGreaterThan(factor.getVersion());
        // A writer still holding the old version loses.
        mvc.perform(put("/api/v1/factor-releases/{code}/factors/{id}", draft, factor.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body("14.0", factor.getVersion()))
                        .with(steward())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void ofSixteenParallelWritersWithTheSameVersionOneWinsAndTheOthersGet409() throws Exception {
        List<Integer> attempt = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            attempt.add(i);
        }
        List<MockHttpServletResponse> answers = parallel(
                attempt,
                i -> mvc.perform(put("/api/v1/factor-releases/{code}/factors/{id}", draft, factor.getId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Accept-Language", "en")
                                .content(body((20 + i) + ".5", factor.getVersion()))
                                .with(steward())
                                .with(csrf()))
                        .andReturn()
                        .getResponse());
        List<MockHttpServletResponse> won =
                answers.stream().filter(a -> a.getStatus() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getStatus() == 409)).hasSize(CLIENTS - 1);
        for (MockHttpServletResponse answer : answers) {
            if (answer.getStatus() == 409) {
                assertThat(json.readTree(answer.getContentAsString(StandardCharsets.UTF_8))
                                .get("detail")
                                .asString())
                        .isNotBlank();
            }
        }
        // The stored value is the winner's, not a later loser's.
        java.math.BigDecimal winner = json.readTree(won.get(0).getContentAsString(StandardCharsets.UTF_8))
                .get("value")
                .decimalValue();
        JsonNode stored = json.readTree(mvc.perform(get("/api/v1/factor-releases/{code}/factors", draft)
                                .param("q", "TEST-CATHODE-LFP")
                                .with(steward()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("items")
                .get(0);
        assertThat(stored.get("value").decimalValue()).isEqualByComparingTo(winner);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor steward() {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("steward"));
    }

    private static String body(String value, Long version) {
        return "{\"code\":\"TEST-CATHODE-LFP\",\"category\":\"RAW_MATERIAL\",\"nameZh\":\"测试用磷酸铁锂正极材料\","
                + "\"nameEn\":\"Test LFP cathode material\",\"value\":\"" + value + "\",\"unit\":\"kgCO2e/kg\","
                + "\"geography\":\"CN\",\"year\":2024,\"source\":\"Test fixture\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private interface Call<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> parallel(List<Integer> indexes, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(indexes.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int index : indexes) {
                Callable<T> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
