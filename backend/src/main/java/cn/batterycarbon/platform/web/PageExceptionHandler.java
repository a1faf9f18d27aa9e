package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.domain.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A business rule that refuses a page action outside a form (a button on a list, say) is shown
 * on an error page naming the problem, in the user's language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String domain(DomainException e, Model model) {
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArguments", e.arguments());
        return "error/rule";
    }
}
