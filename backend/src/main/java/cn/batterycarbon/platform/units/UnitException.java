package cn.batterycarbon.platform.units;

/**
 * A unit that is not known, or two units that cannot be converted into each other (a kg quantity
 * with a per-kWh factor). Carries a message key and arguments for the user's language.
 */
public class UnitException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    UnitException(String messageKey, Object... arguments) {
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
}
