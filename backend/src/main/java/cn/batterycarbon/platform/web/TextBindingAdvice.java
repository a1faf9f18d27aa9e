package cn.batterycarbon.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The control-character half of {@link TextLimits} for form fields and request parameters: a text
 * with a NUL byte (or another control character) is a binding error of that field, shown next to
 * it on a page and named in the API's problem body, instead of reaching the database. Lengths of
 * form fields are their {@code @Size} constraints.
 */
@ControllerAdvice
class TextBindingAdvice {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
    }

    static final class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && TextLimits.hasControlCharacter(text)) {
                throw new IllegalArgumentException("control character in text");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
