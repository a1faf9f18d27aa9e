package cn.batterycarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Spring's own refusals reach users in their language, naming the field, as problem+json in the
 * API and inside the layout on pages (issue 18 point 11; issue 17 point 6), and requests are
 * bounded (issue 18 point 14).
 */
@IntegrationTest
class FrameworkErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void anIdThatIsNoIdIsNamedInChinese() throws Exception {
        String body = mvc.perform(
                        get("/api/v1/declarations/not-an-id").with(as("maker")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("编号（UUID）").doesNotContain("Failed to convert");
    }

    @Test
    void anUnreadableBodyAndAWronglyTypedFieldAreNamed() throws Exception {
        String broken = mvc.perform(post("/api/v1/plants")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(broken).contains("could not be read").doesNotContain("Failed to read request");

        mvc.perform(post("/api/v1/declarations")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productionVolume\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productionVolume"));
    }

    @Test
    void anUnsupportedContentTypeIsAProblemInTheCallersLanguage() throws Exception {
        String body = mvc.perform(post("/api/v1/footprint/calculations")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("lines"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("不支持的媒体类型"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("application/json").doesNotContain("Content-Type 'text/plain' is not supported");
    }

    @Test
    void aMissingUploadPartIsNamed() throws Exception {
        mvc.perform(multipart("/api/v1/io-tables")
                        .file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[] {1}))
                        .with(as("regulator"))
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").exists())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("is not present"))));
    }

    @Test
    void aMalformedPageRequestKeepsTheLayoutAndNamesTheField() throws Exception {
        String page = mvc.perform(
                        get("/declarations/not-an-id").with(as("maker")).cookie(new Cookie("bcf-lang", "en")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("main-nav").contains("The value of &quot;id&quot; is not valid");
    }

    @Test
    void aRefusedActionKeepsTheNavigationAndLeadsBackWhereTheUserWas() throws Exception {
        UUID unknown = UUID.randomUUID();
        String page = mvc.perform(post("/admin/users/{id}/deactivate", unknown)
                        .with(as("admin"))
                        .with(csrf())
                        .cookie(new Cookie("bcf-lang", "en"))
                        .header("Referer", "http://localhost/admin/organizations"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // A refused rule (here: deactivating oneself is refused; an unknown user is not found).
        String self = mvc.perform(post(
                                "/admin/users/{id}/deactivate",
                                ((cn.batterycarbon.platform.security.PlatformUser) users.loadUserByUsername("admin"))
                                        .userId())
                        .with(as("admin"))
                        .with(csrf())
                        .cookie(new Cookie("bcf-lang", "en"))
                        .header("Referer", "http://localhost/admin/organizations"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(self)
                .contains("main-nav")
                .contains("href=\"/admin/organizations\"")
                .contains("Back to the previous page");
        assertThat(page).isNotNull();
    }

    @Test
    void theStatelessCalculationIsBounded() throws Exception {
        StringBuilder lines = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < 20_001; i++) {
            lines.append(i == 0 ? "" : ",").append("{}");
        }
        lines.append("]}");
        mvc.perform(post("/api/v1/footprint/calculations")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lines.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));

        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(post("/api/v1/footprint/calculations")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAllocationDepthOfAMillionLayersIsRefusedBeforeAnyWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> cn.batterycarbon.responsibility.core.Depth.parse("1000000000"))
                .isInstanceOfSatisfying(
                        cn.batterycarbon.responsibility.core.IoTableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("responsibility.depth.tooDeep"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> cn.batterycarbon.responsibility.core.Depth.parse("99999999999999"))
                .isInstanceOf(cn.batterycarbon.responsibility.core.IoTableException.class);
        assertThat(cn.batterycarbon.responsibility.core.Depth.parse("INFINITE").isInfinite())
                .isTrue();
        assertThat(cn.batterycarbon.responsibility.core.Depth.parse("100").layers())
                .isEqualTo(100);
    }

    @Test
    void overlongTextsAndNulBytesAreMessagesNotCrashes() throws Exception {
        mvc.perform(post("/api/v1/factor-releases")
                        .with(as("steward"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"CN-LONG-1\",\"titleZh\":\"" + "长".repeat(10_000)
                                + "\",\"titleEn\":\"Long\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("titleZh"));

        mvc.perform(post("/api/v1/plants")
                        .with(as("maker"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"nul\\u0000byte\",\"address\":\"A\",\"province\":\"JIANGSU\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NUL")));
    }
}
