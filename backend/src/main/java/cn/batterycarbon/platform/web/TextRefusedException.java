package cn.batterycarbon.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON text property refused while the body is read: too long or with a control character.
 * Jackson adds the property's path on its way out; the API answers 400 naming it.
 */
public class TextRefusedException extends MismatchedInputException {

    private final String messageKey;
    private final int maximum;

    TextRefusedException(JsonParser parser, String messageKey, int maximum) {
        super(parser, messageKey + " (maximum " + maximum + ")", String.class);
        this.messageKey = messageKey;
        this.maximum = maximum;
    }

    public String messageKey() {
        return messageKey;
    }

    public int maximum() {
        return maximum;
    }
}
