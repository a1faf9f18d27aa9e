package cn.batterycarbon.declaration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.platform.security.PlatformUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A plant, a battery model and a draft declaration through the API, for tests that need one. */
public final class DeclarationFixtures {

    private DeclarationFixtures() {}

    public static String createDeclaration(MockMvc mvc, JsonMapper json, PlatformUser maker) throws Exception {
        String plant = post(
                mvc,
                json,
                maker,
                "/api/v1/plants",
                "{\"name\":\"常州工厂\",\"address\":\"江苏省常州市\",\"province\":\"JIANGSU\"}");
        String model = post(
                mvc,
                json,
                maker,
                "/api/v1/battery-models",
                "{\"modelCode\":\"LFP-60\",\"name\":\"LFP pack\",\"chemistry\":\"LFP\",\"format\":\"PACK\","
                        + "\"ratedEnergyKwh\":62,\"usableEnergyKwh\":60,\"nominalVoltageV\":384,\"capacityAh\":161,"
                        + "\"massKg\":385,\"vehicleCategory\":\"M1\",\"warrantyYears\":8}");
        return post(
                mvc,
                json,
                maker,
                "/api/v1/declarations",
                "{\"batteryModelId\":\"" + model + "\",\"plantId\":\"" + plant + "\","
                        + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"productionVolume\":1000,"
                        + "\"functionalUnitMethod\":\"EU_FEQC\",\"electricityRule\":\"LOCATION_BASED\"}");
    }

    private static String post(MockMvc mvc, JsonMapper json, PlatformUser maker, String path, String body)
            throws Exception {
        return json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body)
                                .with(user(maker))
                                .with(csrf()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asString();
    }
}
