package cn.batterycarbon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to an upload over {@code spring.servlet.multipart.max-file-size} /
 * {@code max-request-size}: 413 problem+json for the API; for pages a redirect to
 * {@value #PAGE}, which shows the 413 error page. Nothing of the upload is processed.
 */
@Component
public class UploadTooLarge {

    static final String PAGE = "/upload-too-large";

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper jsonMapper;

    UploadTooLarge(MessageSource messages, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.jsonMapper = jsonMapper;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("api.problem.title.413", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("error.413.text", null, "error.413.text", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
