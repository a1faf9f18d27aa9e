package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.domain.DomainException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the JSON API into an RFC 9457 problem+json body whose title and detail
 * are in the caller's language. Validation failures list every offending field under
 * {@code errors}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "error.not-found", new Object[0], request, null);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, WebRequest request) {
        // A code that exists already is a conflict with that record (409), as when a parallel request won.
        HttpStatus status =
                e.messageKey().endsWith(".duplicateCode") && !e.messageKey().startsWith("responsibility.io.")
                        ? HttpStatus.CONFLICT
                        : HttpStatus.BAD_REQUEST;
        return problem(status, e.messageKey(), e.arguments(), request, null);
    }

    @ExceptionHandler(FieldErrorsException.class)
    ResponseEntity<Object> fieldErrors(FieldErrorsException e, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of(
                        "field", error.field(),
                        "message",
                                messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "api.error.validation", new Object[] {errors.size()}, request, errors);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
        // A refusal that names its reason carries a message key ("api.error....").
        String key = e.getMessage() != null && e.getMessage().startsWith("api.error.")
                ? e.getMessage()
                : "api.error.forbidden";
        return problem(HttpStatus.FORBIDDEN, key, new Object[0], request, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict(OptimisticLockingFailureException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "error.concurrent-change", new Object[0], request, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "api.error.validation", new Object[] {errors.size()}, request, errors);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
        // A unique key taken by a parallel request (or a rule the database enforces): a conflict, not a crash.
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        String key = FrameworkErrors.constraintMessageKey(e, messages, LocaleContextHolder.getLocale());
        HttpStatus status = key.startsWith("request.error.text-") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return problem(status, key, new Object[0], request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure of {}", request.getDescription(false), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "request.error.internal", new Object[0], request, null);
    }

    /**
     * Every refusal Spring MVC itself produces (unreadable body, wrong type, missing part, 415, ...)
     * in our words and the caller's language, naming the field.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        FrameworkErrors.Refusal refusal = FrameworkErrors.of(e, messages, locale);
        if (refusal == null) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            refusal = new FrameworkErrors.Refusal(
                    status == null ? HttpStatus.BAD_REQUEST : status, "request.error.generic", new Object[0], null);
        }
        List<Map<String, String>> errors = refusal.field() == null
                ? null
                : List.of(Map.of(
                        "field",
                        refusal.field(),
                        "message",
                        messages.getMessage(refusal.messageKey(), refusal.arguments(), locale)));
        ResponseEntity<Object> answer =
                problem(refusal.status(), refusal.messageKey(), refusal.arguments(), request, errors);
        return ResponseEntity.status(answer.getStatusCode())
                .headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.getBody());
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String key, Object[] arguments, WebRequest request, List<Map<String, String>> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(
                messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        body.setDetail(messages.getMessage(key, arguments, key, locale));
        body.setInstance(instance(request));
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static URI instance(WebRequest request) {
        try {
            return URI.create(request.getDescription(false).replaceFirst("^uri=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
