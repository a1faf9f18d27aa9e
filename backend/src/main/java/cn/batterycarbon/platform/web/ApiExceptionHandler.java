package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.domain.DomainException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
        return problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments(), request, null);
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
        return problem(HttpStatus.FORBIDDEN, "api.error.forbidden", new Object[0], request, null);
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

    private ResponseEntity<Object> problem(
            HttpStatus status, String key, Object[] arguments, WebRequest request, List<Map<String, String>> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(
                messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        body.setDetail(messages.getMessage(key, arguments, key, locale));
        body.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
