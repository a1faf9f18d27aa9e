package cn.batterycarbon.platform.numbers;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * Bean-validation form of the number rule for typed fields of forms and JSON bodies ({@code
 * BigDecimal}, {@code Double}): the value must lie in its {@link NumericDomain}. The message names
 * the bounds in the user's language; the form or problem+json names the field.
 */
@Documented
@Constraint(validatedBy = InNumericDomain.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InNumericDomain {

    NumericDomain value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the value; the message is the number rule's own ({@code number.domain.*}). */
    class Check implements ConstraintValidator<InNumericDomain, Number> {

        private NumericDomain domain;

        @Override
        public void initialize(InNumericDomain annotation) {
            domain = annotation.value();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                if (value instanceof BigDecimal decimal) {
                    Numbers.check(decimal, domain);
                } else {
                    Numbers.check(value.doubleValue(), domain);
                }
                return true;
            } catch (NumberRefusedException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                                "{number.domain." + e.messageKey().substring("number.".length()) + "}")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
