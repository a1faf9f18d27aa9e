package cn.batterycarbon.platform.web;

import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string of a request body and applies {@link TextLimits}: the property's
 * {@code @Size(max)} (or the default maximum) and no control character. Being the deserializer of
 * every {@code String}, it covers each body of each module without code per field. It checks only
 * while a request body is read ({@link TextLimitsAdvice}), never JSON the application stored itself.
 */
class BoundedTextDeserializer extends StringDeserializer {

    private final int maximum;

    BoundedTextDeserializer(int maximum) {
        this.maximum = maximum;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        if (property != null && property.getType().hasRawClass(String.class)) {
            Size size = property.getAnnotation(Size.class);
            if (size != null && size.max() != maximum) {
                return new BoundedTextDeserializer(size.max());
            }
        }
        return this;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text == null || !TextLimitsAdvice.readingRequestBody()) {
            return text;
        }
        if (text.length() > maximum) {
            throw new TextRefusedException(parser, "request.error.text-field-too-long", maximum);
        }
        if (TextLimits.hasControlCharacter(text)) {
            throw new TextRefusedException(parser, "request.error.text-field-invalid", maximum);
        }
        return text;
    }
}
