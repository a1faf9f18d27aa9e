package cn.batterycarbon.platform.domain;

import java.util.Arrays;

/**
 * A business rule refused the request. Carries a message key and its arguments so that the web UI
 * and the JSON API can tell the user what went wrong in their language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
