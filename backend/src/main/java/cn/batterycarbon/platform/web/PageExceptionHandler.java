package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A page action that was not carried out — a business rule refused it (a button on a list, say),
 * the request was malformed (a missing upload, an id that is no id), or someone else changed the
 * record meanwhile — is shown on the "not done" page: inside the layout with the user's navigation,
 * naming the reason in the user's language, with a link back to where the user was.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final NavigationModelAdvice navigation;
    private final MessageSource messages;

    PageExceptionHandler(NavigationModelAdvice navigation, MessageSource messages) {
        this.navigation = navigation;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return notDone(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments(), request, response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentChange(HttpServletRequest request, HttpServletResponse response, Model model) {
        return notDone(HttpStatus.CONFLICT, "error.concurrent-change", new Object[0], request, response, model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String conflict(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        String key = FrameworkErrors.constraintMessageKey(e, messages, LocaleContextHolder.getLocale());
        HttpStatus status = key.startsWith("request.error.text-") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return notDone(status, key, new Object[0], request, response, model);
    }

    @ExceptionHandler({
        TypeMismatchException.class,
        MissingServletRequestPartException.class,
        MissingServletRequestParameterException.class,
        HttpMessageNotReadableException.class
    })
    String malformed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        FrameworkErrors.Refusal refusal = FrameworkErrors.of(e, messages, locale);
        return notDone(refusal.status(), refusal.messageKey(), refusal.arguments(), request, response, model);
    }

    private String notDone(
            HttpStatus status,
            String messageKey,
            Object[] arguments,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(status.value());
        // Exception handlers get a fresh model: the layout's navigation has to be put back.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PlatformUser user =
                authentication != null && authentication.getPrincipal() instanceof PlatformUser p ? p : null;
        model.addAttribute("navigation", navigation.navigation(user));
        model.addAttribute("currentUser", user);
        model.addAttribute("currentPath", navigation.currentPath(request));
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("messageArguments", arguments);
        model.addAttribute("backPath", backPath(request));
        return "error/rule";
    }

    /**
     * Where the user came from: the page named by the Referer header when it is one of ours, else the
     * page the action belongs to (the path without its last step, e.g. a declaration for its submit).
     */
    static String backPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                String path = uri.getRawPath();
                if (ours && path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall back to the action's page
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod())) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last > 0 ? path.substring(0, last) : "/";
    }
}
