package cn.batterycarbon.platform.web;

import java.util.List;

/**
 * Several fields of one request are wrong; the API answers 400 naming each of them, the web UI
 * shows each next to its field.
 */
public class FieldErrorsException extends RuntimeException {

    /** One problem: the field (a JSON path such as {@code lines[2].unit}), a message key and arguments. */
    public record FieldError(String field, String messageKey, Object... arguments) {}

    private final transient List<FieldError> errors;

    public FieldErrorsException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): "
                + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
