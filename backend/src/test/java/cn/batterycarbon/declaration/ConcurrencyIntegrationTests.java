package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.TestManufacturers.Manufacturer;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sixteen clients at once against one declaration or one model code (issue 18 point 3): changes of
 * one declaration are serialized, a lost race is a 409 with a message, and API updates must name
 * the version they read.
 */
@IntegrationTest
class ConcurrencyIntegrationTests {

    private static final int CLIENTS = 16;

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
        Manufacturer manufacturer = TestManufacturers.register(administration, users);
        maker = manufacturer.user();
    }

    @Test
    void sixteenParallelUploadsOfOneFileLeaveItsFiftyLines() throws Exception {
        String declaration = createDeclaration("PAR-UP");
        byte[] file = fiftyLineCsv();
        List<MockHttpServletResponse> answers =
                parallel(() -> mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                                .file(new MockMultipartFile("file", "fifty.csv", "text/csv", file))
                                .with(user(maker))
                                .with(csrf()))
                        .andReturn()
                        .getResponse());
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(200));
        JsonNode lines = getJson("/api/v1/declarations/" + declaration + "/lines");
        assertThat(lines.size()).isEqualTo(50);
    }

    @Test
    void sixteenParallelLineAdditionsGetSixteenDifferentPositions() throws Exception {
        String declaration = createDeclaration("PAR-ADD");
        List<MockHttpServletResponse> answers = parallel(() -> mvc.perform(post(
                                "/api/v1/declarations/{id}/lines", declaration)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"MainProduction\",\"category\":\"ELECTRICITY\",\"description\":\"Grid\","
                                + "\"quantity\":\"3600\",\"unit\":\"kWh\",\"electricitySupply\":\"GRID\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andReturn()
                .getResponse());
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(201));
        JsonNode lines = getJson("/api/v1/declarations/" + declaration + "/lines");
        Set<Integer> positions = new HashSet<>();
        lines.forEach(line -> positions.add(line.get("position").asInt()));
        assertThat(lines.size()).isEqualTo(CLIENTS);
        assertThat(positions).hasSize(CLIENTS);
    }

    @Test
    void sixteenParallelCreationsOfOneModelCodeGiveOneModelAndConflicts() throws Exception {
        String body = modelBody("SAME-CODE");
        List<MockHttpServletResponse> answers = parallel(() -> mvc.perform(post("/api/v1/battery-models")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body)
                        .with(user(maker))
                        .with(csrf()))
                .andReturn()
                .getResponse());
        assertThat(answers.stream().filter(a -> a.getStatus() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getStatus() == 409)).hasSize(CLIENTS - 1);
        for (MockHttpServletResponse answer : answers) {
            if (answer.getStatus() == 409) {
                assertThat(json.readTree(answer.getContentAsString(StandardCharsets.UTF_8))
                                .get("detail")
                                .asString())
                        .containsIgnoringCase("battery model");
            }
        }
    }

    @Test
    void anApiUpdateMustNameTheVersionItRead() throws Exception {
        JsonNode plant = postJson("/api/v1/plants", "{\"name\":\"P\",\"address\":\"A\",\"province\":\"JIANGSU\"}");
        String id = plant.get("id").asString();
        mvc.perform(put("/api/v1/plants/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\"P2\",\"address\":\"A\",\"province\":\"JIANGSU\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/v1/plants/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + plant.get("version").asLong() + "\"")
                        .content("{\"name\":\"P2\",\"address\":\"A\",\"province\":\"JIANGSU\"}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk());
        // The second writer still holding the old version loses with 409 instead of overwriting.
        mvc.perform(put("/api/v1/plants/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"P3\",\"address\":\"A\",\"province\":\"JIANGSU\",\"version\":"
                                + plant.get("version").asLong() + "}")
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theDeclarationListIsPagedAndCarriesNoResults() throws Exception {
        createDeclaration("PAGE-A");
        createDeclaration("PAGE-B");
        createDeclaration("PAGE-C");
        JsonNode first = getJson("/api/v1/declarations?size=2");
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("result").isNull()).isTrue();
        assertThat(getJson("/api/v1/declarations?size=2&page=1").get("items").size())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/declarations?size=100000").with(user(maker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private <T> List<T> parallel(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
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

    private static byte[] fiftyLineCsv() {
        Map<LineColumn, String> row = new LinkedHashMap<>(
                WorkedExampleFiles.lfpRows().get(LifeCycleStage.MAIN_PRODUCTION).get(0));
        row.put(LineColumn.STAGE, LifeCycleStage.MAIN_PRODUCTION.batteryPassName());
        List<Map<LineColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<LineColumn, String> copy = new LinkedHashMap<>(row);
            copy.put(LineColumn.DESCRIPTION, "line " + i);
            rows.add(copy);
        }
        return LineFiles.writeCsv(rows);
    }

    private String createDeclaration(String modelCode) throws Exception {
        String plant = postJson("/api/v1/plants", "{\"name\":\"常州工厂\",\"address\":\"江苏省常州市\",\"province\":\"JIANGSU\"}")
                .get("id")
                .asString();
        String model = postJson("/api/v1/battery-models", modelBody(modelCode))
                .get("id")
                .asString();
        return postJson(
                        "/api/v1/declarations",
                        "{\"batteryModelId\":\"" + model + "\",\"plantId\":\"" + plant + "\","
                                + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"productionVolume\":1000,"
                                + "\"functionalUnitMethod\":\"EU_FEQC\",\"electricityRule\":\"LOCATION_BASED\"}")
                .get("id")
                .asString();
    }

    private static String modelBody(String code) {
        return "{\"modelCode\":\"" + code + "\",\"name\":\"LFP pack\",\"chemistry\":\"LFP\",\"format\":\"PACK\","
                + "\"ratedEnergyKwh\":62,\"usableEnergyKwh\":60,\"nominalVoltageV\":384,\"capacityAh\":161,"
                + "\"massKg\":385,\"vehicleCategory\":\"M1\",\"warrantyYears\":8}";
    }

    private JsonNode postJson(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
