package cn.batterycarbon.platform.numbers;

import org.springframework.context.MessageSourceResolvable;

/**
 * A number that the platform's number rule refuses: not written in the accepted format, or outside
 * the numeric domain of what it measures. Carries a message key ({@code number.*}) and arguments
 * for the user's language; the caller names the field (a column, a form field, a JSON path).
 */
public class NumberRefusedException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String messageKey;
    private final transient Object[] arguments;

    NumberRefusedException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }

    @Override
    public String getDefaultMessage() {
        return messageKey;
    }
}
