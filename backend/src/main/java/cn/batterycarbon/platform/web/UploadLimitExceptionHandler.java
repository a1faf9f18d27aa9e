package cn.batterycarbon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit detected by Spring's multipart resolution (when the container did
 * not already refuse it in {@link MultipartParseFilter}) fails before any controller is chosen, so
 * neither the API nor the page advice applies: answered here with 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitExceptionHandler {

    private final UploadTooLarge tooLarge;

    UploadLimitExceptionHandler(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (UploadTooLarge.isApi(request)) {
            tooLarge.writeProblem(request, response);
            return null;
        }
        return UploadLimitController.errorPage();
    }
}
