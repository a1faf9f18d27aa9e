package cn.batterycarbon.platform.web;

import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Spring MVC's own refusals (unreadable body, a path id that is no UUID, a missing upload part,
 * an unsupported content type, ...) as a status and a message of our bundles naming the field, so
 * that no framework text ("Failed to convert ...", "Required part 'file' is not present") and no
 * exception class name reaches a user.
 */
final class FrameworkErrors {

    /** What to tell the caller: status, message key and arguments, and the field it is about (or null). */
    record Refusal(HttpStatus status, String messageKey, Object[] arguments, String field) {}

    private FrameworkErrors() {}

    /** The refusal for a framework exception, or null when it is not one of the known kinds. */
    static Refusal of(Exception e, MessageSource messages, Locale locale) {
        if (e instanceof TypeMismatchException mismatch) {
            String field = mismatch.getPropertyName();
            return new Refusal(
                    HttpStatus.BAD_REQUEST,
                    "request.error.type-mismatch",
                    new Object[] {field, typeName(mismatch.getRequiredType(), messages, locale)},
                    field);
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            String field = jsonField(unreadable);
            TextRefusedException text = textRefusal(unreadable);
            if (text != null) {
                String named = field == null ? "-" : field;
                return new Refusal(
                        HttpStatus.BAD_REQUEST, text.messageKey(), new Object[] {named, text.maximum()}, named);
            }
            return field == null
                    ? new Refusal(HttpStatus.BAD_REQUEST, "request.error.unreadable", new Object[0], null)
                    : new Refusal(
                            HttpStatus.BAD_REQUEST, "request.error.unreadable-field", new Object[] {field}, field);
        }
        if (e instanceof MissingServletRequestPartException missing) {
            String field = missing.getRequestPartName();
            return new Refusal(HttpStatus.BAD_REQUEST, "request.error.missing-part", new Object[] {field}, field);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            String field = missing.getParameterName();
            return new Refusal(HttpStatus.BAD_REQUEST, "request.error.missing-parameter", new Object[] {field}, field);
        }
        if (e instanceof MissingPathVariableException missing) {
            String field = missing.getVariableName();
            return new Refusal(HttpStatus.BAD_REQUEST, "request.error.missing-parameter", new Object[] {field}, field);
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            String supported = unsupported.getSupportedMediaTypes().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new Refusal(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "request.error.media-type",
                    new Object[] {
                        unsupported.getContentType() == null
                                ? "-"
                                : unsupported.getContentType().toString(),
                        supported
                    },
                    null);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Refusal(HttpStatus.NOT_ACCEPTABLE, "request.error.not-acceptable", new Object[0], null);
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return new Refusal(
                    HttpStatus.METHOD_NOT_ALLOWED, "request.error.method", new Object[] {method.getMethod()}, null);
        }
        if (e instanceof NoResourceFoundException) {
            return new Refusal(HttpStatus.NOT_FOUND, "error.not-found", new Object[0], null);
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "request.error.too-large", new Object[0], null);
        }
        if (e instanceof MultipartException) {
            return new Refusal(HttpStatus.BAD_REQUEST, "request.error.multipart", new Object[0], null);
        }
        return null;
    }

    /**
     * The message for a refused database constraint: {@code constraint.<name>} when a bundle explains
     * that constraint (a module adds such keys for its unique codes), else a general conflict.
     */
    static String constraintMessageKey(Exception e, MessageSource messages, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                // Safety net behind the checks of each form: a text longer than its column, or with a
                // character PostgreSQL cannot store (a NUL byte), is the caller's mistake, not a crash.
                switch (sql.getSQLState()) {
                    case "22001":
                        return "request.error.text-too-long";
                    case "22021", "22P05":
                        return "request.error.text-invalid";
                    default:
                        break;
                }
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                String key = "constraint." + violation.getConstraintName();
                if (messages.getMessage(key, null, null, locale) != null) {
                    return key;
                }
            }
        }
        return "request.error.conflict";
    }

    private static TextRefusedException textRefusal(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TextRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The JSON path of the value Jackson could not read ("lines[3].quantity"), or null. */
    private static String jsonField(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof DatabindException databind) || databind.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : databind.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String typeName(Class<?> type, MessageSource messages, Locale locale) {
        String key;
        if (type == null) {
            key = "request.type.value";
        } else if (UUID.class.equals(type)) {
            key = "request.type.uuid";
        } else if (Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            key = "request.type.number";
        } else if (Temporal.class.isAssignableFrom(type)) {
            key = "request.type.date";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "request.type.boolean";
        } else if (type.isEnum()) {
            key = "request.type.choice";
        } else {
            key = "request.type.value";
        }
        return messages.getMessage(key, null, key, locale);
    }
}
