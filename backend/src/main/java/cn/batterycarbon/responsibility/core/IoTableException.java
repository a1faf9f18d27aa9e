package cn.batterycarbon.responsibility.core;

import java.util.Arrays;

/**
 * An input-output table or an operation on it was refused. Carries a message key and arguments so
 * that the application can tell the user, in their language, which row, column or sector is wrong.
 */
public class IoTableException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public IoTableException(String messageKey, Object... arguments) {
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
