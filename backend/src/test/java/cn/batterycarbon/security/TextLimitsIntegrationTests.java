package cn.batterycarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.batterycarbon.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text property of every JSON body of the API (issue 18 point 2), sent with 10,000
 * characters and with a NUL byte: the answer is a 400 problem+json whose {@code errors[].field}
 * names the property and whose message names it too (with its maximum), never a 5xx.
 */
@IntegrationTest
class TextLimitsIntegrationTests {

    private static final String LONG = "\"" + "x".repeat(10_000) + "\"";
    private static final String NUL = "\"a\\u0000b\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    /** One text property of one endpoint: who may call it and the body with {@code %s} for the value. */
    record Field(HttpMethod method, String path, String username, String body, String field) {
        @Override
        public String toString() {
            return method + " " + path + " " + field;
        }
    }

    static Stream<Arguments> fields() {
        String id = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        List<Field> fields = new ArrayList<>();
        // product
        for (String f : List.of("name", "address")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/plants", "maker", obj(f), f));
            fields.add(new Field(HttpMethod.PUT, "/api/v1/plants/" + id, "maker", obj(f), f));
        }
        for (String f : List.of("modelCode", "name", "cycleTestBasis")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/battery-models", "maker", obj(f), f));
            fields.add(new Field(HttpMethod.PUT, "/api/v1/battery-models/" + id, "maker", obj(f), f));
        }
        // declaration
        fields.add(new Field(
                HttpMethod.PUT, "/api/v1/declarations/" + id + "/release", "maker", obj("releaseCode"), "releaseCode"));
        for (String f : List.of(
                "stage",
                "category",
                "description",
                "quantity",
                "unit",
                "factorCode",
                "factorValue",
                "factorUnit",
                "factorSource",
                "factorCitation",
                "recycledShare",
                "origin",
                "electricitySupply",
                "certificateIds",
                "transportMode",
                "distanceKm",
                "massKg",
                "recyclingRoute")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/declarations/" + id + "/lines", "maker", obj(f), f));
            fields.add(new Field(HttpMethod.PUT, "/api/v1/declarations/" + id + "/lines/" + other, "maker", obj(f), f));
        }
        fields.add(new Field(
                HttpMethod.POST, "/api/v1/declarations/" + id + "/what-if", "maker", obj("factorUnit"), "factorUnit"));
        // factor
        for (String f : List.of("code", "titleZh", "titleEn", "description")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/factor-releases", "steward", obj(f), f));
        }
        for (String f : List.of(
                "code",
                "category",
                "nameZh",
                "nameEn",
                "value",
                "unit",
                "geography",
                "source",
                "sourceUrl",
                "uncertaintyDistribution",
                "uncertaintyA",
                "uncertaintyB",
                "note")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/factor-releases/TEXT-1/factors", "steward", obj(f), f));
            fields.add(new Field(HttpMethod.PUT, "/api/v1/factor-releases/TEXT-1/factors/" + id, "steward", obj(f), f));
        }
        fields.add(
                new Field(HttpMethod.POST, "/api/v1/factor-releases/TEXT-1/comments", "steward", obj("body"), "body"));
        fields.add(new Field(HttpMethod.POST, "/api/v1/factor-releases/TEXT-1/approve", "expert", obj("note"), "note"));
        fields.add(
                new Field(HttpMethod.POST, "/api/v1/factor-releases/TEXT-1/send-back", "expert", obj("note"), "note"));
        // organization
        fields.add(new Field(HttpMethod.POST, "/api/v1/tokens", "maker", obj("name"), "name"));
        // supplier
        for (String f : List.of("material", "specification", "quantityUnit", "message")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/supply-chain/requests", "maker", obj(f), f));
        }
        for (String f : List.of(
                "productName",
                "productId",
                "customerPartNumber",
                "batteryCode",
                "declaredUnit",
                "pcfKgCo2e",
                "siteCountry",
                "siteProvince",
                "batches",
                "standard",
                "factorDatabase")) {
            fields.add(new Field(
                    HttpMethod.POST,
                    "/api/v1/supply-chain/requests/" + id + "/answer",
                    "supplier",
                    "{\"record\":" + obj(f) + "}",
                    "record." + f));
            fields.add(new Field(
                    HttpMethod.POST,
                    "/api/v1/supply-chain/records/" + id + "/corrections",
                    "supplier",
                    "{\"record\":" + obj(f) + "}",
                    "record." + f));
        }
        fields.add(new Field(
                HttpMethod.POST,
                "/api/v1/supply-chain/records/" + id + "/corrections",
                "supplier",
                obj("note"),
                "note"));
        fields.add(new Field(
                HttpMethod.POST,
                "/api/v1/supply-chain/requests/" + id + "/decline",
                "supplier",
                obj("reason"),
                "reason"));
        fields.add(new Field(
                HttpMethod.POST, "/api/v1/supply-chain/requests/" + id + "/reject", "maker", obj("reason"), "reason"));
        // responsibility
        for (String f : List.of("parentCode", "newCode", "newNameZh", "newNameEn", "name")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/io-tables/" + id + "/splits", "regulator", obj(f), f));
        }
        for (String f : List.of("code", "industry")) {
            fields.add(new Field(
                    HttpMethod.PUT,
                    "/api/v1/io-tables/" + id + "/aggregation",
                    "regulator",
                    "[" + obj(f) + "]",
                    "[0]." + f));
        }
        for (String f : List.of("focusSector", "depth", "label")) {
            fields.add(new Field(HttpMethod.POST, "/api/v1/responsibility/allocations", "regulator", obj(f), f));
        }
        List<Arguments> cases = new ArrayList<>();
        for (Field field : fields) {
            cases.add(Arguments.of(field, LONG, "request.error.text-field-too-long"));
            cases.add(Arguments.of(field, NUL, "request.error.text-field-invalid"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("fields")
    void aTooLongTextOrANulByteIsRefusedNamingTheField(Field field, String value, String reason) throws Exception {
        MockHttpServletResponse answer = mvc.perform(request(field.method(), field.path())
                        .with(user(users.loadUserByUsername(field.username())))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(field.body().replace("%s", value)))
                .andReturn()
                .getResponse();
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getStatus()).as(body).isEqualTo(400);
        assertThat(answer.getContentType()).contains("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field.field());
        String message = problem.get("errors").get(0).get("message").asString();
        assertThat(message).contains("“" + field.field() + "”");
        assertThat(problem.get("detail").asString()).contains(field.field());
        if (reason.endsWith("too-long")) {
            assertThat(message).containsPattern("maximum of [0-9,]+ characters");
        } else {
            assertThat(message).contains("control character");
        }
    }

    @Test
    void theMessageIsChineseInAChineseSession() throws Exception {
        String body = mvc.perform(post("/api/v1/plants")
                        .with(user(users.loadUserByUsername("maker")))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":" + LONG + "}"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(body).get("errors").get(0).get("message").asString())
                .isEqualTo("字段“name”的文字超过上限 200 个字符，未作任何更改。");
    }

    @Test
    void aNulByteInAFormFieldOrAQueryParameterIsAFieldErrorNotACrash() throws Exception {
        String page = mvc.perform(post("/plants")
                        .with(user(users.loadUserByUsername("maker")))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("name", "a\u0000b")
                        .param("address", "Somewhere")
                        .param("province", "JIANGSU"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // The page speaks the session's language (Chinese by default): the field's error is shown with the form.
        assertThat(page).contains("含有不允许的控制字符");
        MockHttpServletResponse search = mvc.perform(get("/api/v1/factors")
                        .with(user(users.loadUserByUsername("maker")))
                        .header("Accept-Language", "en")
                        .param("q", "a\u0000b"))
                .andReturn()
                .getResponse();
        assertThat(search.getStatus()).isEqualTo(400);
        assertThat(json.readTree(search.getContentAsString(StandardCharsets.UTF_8))
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("q");
    }

    private static String obj(String field) {
        return "{\"" + field + "\":%s}";
    }
}
