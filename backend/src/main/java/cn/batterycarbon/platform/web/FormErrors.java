package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.domain.DomainException;
import org.springframework.validation.BindingResult;

/** Shows a refused business rule on the form that caused it, next to the field where it belongs. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult form, DomainException e, String field) {
        if (field == null) {
            form.reject(e.messageKey(), e.arguments(), e.messageKey());
        } else {
            form.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    public static void reject(BindingResult form, DomainException e) {
        reject(form, e, null);
    }
}
