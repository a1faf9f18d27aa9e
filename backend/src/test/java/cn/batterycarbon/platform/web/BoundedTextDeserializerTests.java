package cn.batterycarbon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text limits apply to request bodies only: JSON the application stored itself (results,
 * events) is read back unchanged, however long its texts.
 */
class BoundedTextDeserializerTests {

    record Body(@Size(max = 5) String name, String note) {}

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new TextLimitsConfiguration().textLimitsModule())
            .build();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void storedJsonIsReadUnchangedOutsideARequestBody() {
        String longNote = "n".repeat(5_000);
        Body body = mapper.readValue("{\"name\":\"longer than five\",\"note\":\"" + longNote + "\"}", Body.class);
        assertThat(body.name()).isEqualTo("longer than five");
        assertThat(body.note()).isEqualTo(longNote);
    }

    @Test
    void aRequestBodyIsHeldToTheFieldsMaximumAndRefusesControlCharacters() {
        ServletRequestAttributes attributes = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(attributes);
        attributes.setAttribute(
                TextLimitsAdvice.class.getName() + ".reading", Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        assertThat(mapper.readValue("{\"name\":\"abc\",\"note\":\"ok\"}", Body.class))
                .isEqualTo(new Body("abc", "ok"));
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"abcdef\"}", Body.class))
                .isInstanceOf(TextRefusedException.class)
                .satisfies(e -> assertThat(((TextRefusedException) e).maximum()).isEqualTo(5));
        assertThatThrownBy(() -> mapper.readValue("{\"note\":\"" + "n".repeat(2_001) + "\"}", Body.class))
                .isInstanceOf(TextRefusedException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"note\":\"a\\u0000b\"}", Body.class))
                .isInstanceOf(TextRefusedException.class)
                .satisfies(e -> assertThat(((TextRefusedException) e).messageKey())
                        .isEqualTo("request.error.text-field-invalid"));
    }
}
