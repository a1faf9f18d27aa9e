package cn.batterycarbon.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json bodies for failures that happen in the security filters, before
 * any controller runs, in the caller's language.
 */
class ProblemResponses {

    private final JsonMapper jsonMapper;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    ProblemResponses(JsonMapper jsonMapper, MessageSource messages, LocaleResolver localeResolver) {
        this.jsonMapper = jsonMapper;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(
                messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(messageKey, null, messageKey, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
