package cn.batterycarbon.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.responsibility.domain.StoredIoTables;
import cn.batterycarbon.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The JSON API of the responsibility module on the real database, with its authorization rules. */
@IntegrationTest
class ResponsibilityApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    StoredIoTables tables;

    static byte[] china2020() throws Exception {
        // the committed copy (db/seed/responsibility, with its source in the README there)
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(
                        "db/seed/responsibility/china-2020-153.csv")
                .getInputStream()) {
            return in.readAllBytes();
        }
    }

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    String importTable(String username, String filename, byte[] content) throws Exception {
        String body = mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile("file", filename, "text/csv", content))
                        .param("name", "2020 national table")
                        .with(as(username))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sectorCount").value(153))
                .andExpect(jsonPath("$.layout").value("NBS_COMPETITIVE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String allocation(String tableId, String rule, String depth) {
        return """
                {"tableId": "%s", "focusSector": "087", "directEmissions": 366.66, "upstreamEmissions": 0,
                 "gamma": 0.5, "rule": "%s", "depth": %s}
                """.formatted(tableId, rule, depth);
    }

    @Test
    void importsTheNationalTableAndAllocatesLikeTableOne() throws Exception {
        String id = importTable("regulator", "china_2020_153.csv", china2020());
        String body = mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("regulator"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(id, "VALUE_ADDED", "2")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sectors", hasSize(153)))
                .andExpect(jsonPath("$.finalDemand", hasSize(8)))
                .andExpect(jsonPath("$.finalDemand[6].category").value("IMPORTS"))
                .andExpect(jsonPath("$.sectors[86].code").value("087"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        double total = ((Number) JsonPath.read(body, "$.total")).doubleValue();
        assertThat(total).isEqualTo(366.66);
        List<Number> sectors = JsonPath.read(body, "$.sectors[*].responsibility");
        List<Number> finalDemand = JsonPath.read(body, "$.finalDemand[*].responsibility");
        double sum = sectors.stream().mapToDouble(Number::doubleValue).sum()
                + finalDemand.stream().mapToDouble(Number::doubleValue).sum();
        assertThat(Math.abs(sum - total) / total).isLessThan(1e-9);
        assertThat(((Number) JsonPath.read(body, "$.finalDemand[6].responsibility")).doubleValue())
                .isNegative();
        double share = ((Number) JsonPath.read(body, "$.focusSectorShare")).doubleValue();
        assertThat(share).isBetween(0.0, 1.0);

        // saved: readable again, and full convergence also works through the API
        String runId = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/responsibility/allocations/" + runId).with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.focusSectorShare").value(share));
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("regulator"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(id, "PROFIT", "\"INFINITE\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.depth").value("INFINITE"))
                .andExpect(jsonPath("$.warnings[0].type").exists());
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("regulator"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(id, "PROFIT", "1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.focusSectorShare").value(1.0));
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/io-tables'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/responsibility/allocations'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/io-tables/{id}/splits'].post")
                        .exists());
    }

    @Test
    void refusesBadFilesNamingTheProblemAndSavesNothing() throws Exception {
        String csv = new String(china2020(), java.nio.charset.StandardCharsets.UTF_8);
        long before = tables.count();
        // a non-numeric cell in row 5 (sector 004), column 001
        String[] lines = csv.split("\n", -1);
        String[] cells = lines[4].split(",", -1);
        cells[3] = "n/a";
        lines[4] = String.join(",", cells);
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile(
                                "file",
                                "bad.csv",
                                "text/csv",
                                String.join("\n", lines).getBytes()))
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Row 5, column \"001\": \"n/a\" is not a number."));
        // an unbalanced sector: gross output of 087 changed
        String unbalanced = csv.replaceFirst("(?m)^(087,.*),([0-9.eE+]+)\\r?$", "$1,1.0");
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile("file", "unbalanced.csv", "text/csv", unbalanced.getBytes()))
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("087 (")));
        // a duplicated sector code
        String duplicated = csv.replaceFirst("(?m)^002,", "001,");
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile("file", "duplicated.csv", "text/csv", duplicated.getBytes()))
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Sector code \"001\" appears more than once."));
        // larger than the configured limit (10 MB by default)
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile("file", "huge.csv", "text/csv", new byte[11 * 1024 * 1024]))
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("The file has 11.0 MB; at most 10.0 MB are accepted.")));
        // not a table at all
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile(
                                "file", "x.xlsx", "application/octet-stream", "PK garbage".getBytes()))
                        .with(as("steward"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(tables.count()).isEqualTo(before);
    }

    @Test
    void onlyRegulatorsAndResearchInstitutesMayUseItAndOnlyForTheirOwnOrganization() throws Exception {
        String id = importTable("regulator", "china_2020_153.csv", china2020());
        for (String other : List.of("maker", "supplier", "verifier", "admin")) {
            mvc.perform(get("/api/v1/io-tables").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/responsibility/allocations")
                            .with(as(other))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(allocation(id, "PROFIT", "2")))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/io-tables")
                            .file(new MockMultipartFile("file", "t.csv", "text/csv", "x".getBytes()))
                            .with(as(other))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/io-tables")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/responsibility/allocations/" + java.util.UUID.randomUUID()))
                .andExpect(status().isUnauthorized());

        // the research institute (steward, expert) cannot see the regulator's table or runs
        mvc.perform(get("/api/v1/io-tables/" + id).with(as("steward"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(id, "PROFIT", "2")))
                .andExpect(status().isNotFound());
        String run = JsonPath.read(
                mvc.perform(post("/api/v1/responsibility/allocations")
                                .with(as("regulator"))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(allocation(id, "PROFIT", "3")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/responsibility/allocations/" + run).with(as("steward")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/io-tables").with(as("expert")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(0)));
        mvc.perform(get("/api/v1/responsibility/allocations").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + run + "')]", hasSize(1)))
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/responsibility/allocations").with(as("steward")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + run + "')]", hasSize(0)));
        mvc.perform(get("/api/v1/responsibility/allocations?size=1000").with(as("regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/io-tables/" + id + "/aggregation").with(as("expert")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/io-tables/" + id + "/aggregation")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isNotFound());
        // the steward's own import is visible to the expert of the same institute
        String own = importTable("steward", "china_2020_153.csv", china2020());
        mvc.perform(get("/api/v1/io-tables/" + own).with(as("expert")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sectors", hasSize(153)));
    }

    @Test
    void splitsASectorAndValidatesAllocationRequests() throws Exception {
        String id = importTable("expert", "china_2020_153.csv", china2020());
        String split = JsonPath.read(
                mvc.perform(post("/api/v1/io-tables/" + id + "/splits")
                                .with(as("expert"))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"parentCode": "087", "newCode": "087EV", "newNameZh": "动力电池",
                                         "newNameEn": "EV batteries", "share": 0.35}
                                        """))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.sectorCount").value(154))
                        .andExpect(jsonPath("$.layout").value("SPLIT"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(split, "VALUE_ADDED", "3").replace("\"087\"", "\"087EV\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sectors", hasSize(154)));
        mvc.perform(put("/api/v1/io-tables/" + split + "/aggregation")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"code\": \"087EV\", \"industry\": \"EV battery industry\", \"stage\": 1},"
                                + " {\"code\": \"090\", \"industry\": \"Electronics\", \"stage\": 2},"
                                + " {\"code\": \"091\", \"industry\": \"Electronics\", \"stage\": 2}]"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/io-tables/" + split + "/aggregation").with(as("steward")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[153].industry").value("EV battery industry"))
                .andExpect(jsonPath("$[0].industry").doesNotExist());
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(split, "PROFIT", "2").replace("\"087\"", "\"087EV\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.industries[0].industry").value("EV battery industry"))
                .andExpect(jsonPath("$.industries[0].stage").value(1));
        mvc.perform(put("/api/v1/io-tables/" + split + "/aggregation")
                        .with(as("expert"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"code\": \"XYZ\", \"industry\": \"x\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Sector \"XYZ\" is not in this table."));
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(split, "VALUE_ADDED", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Invalid depth")));
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allocation(split, "VALUE_ADDED", "2").replace("\"087\"", "\"999\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Sector \"999\" is not in this table."));
        mvc.perform(post("/api/v1/responsibility/allocations")
                        .with(as("expert"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tableId\": \"" + split + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isArray());
    }
}
