package cn.batterycarbon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload over the multipart size limits before anything else reads the request. Tomcat
 * 11 throws from every {@code getParameter} call once a multipart body could not be parsed, so the
 * CSRF filter, the locale interceptor and the error page would all fail on such a request. This
 * filter parses multipart requests first, ahead of security, and answers a refused one itself:
 * 413 problem+json for the API, a redirect to the 413 page for the web UI.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MultipartParseFilter extends OncePerRequestFilter {

    private final UploadTooLarge tooLarge;

    MultipartParseFilter(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterNames();
        } catch (IllegalStateException refused) {
            if (!isSizeLimit(refused)) {
                throw refused;
            }
            if (UploadTooLarge.isApi(request)) {
                tooLarge.writeProblem(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + UploadTooLarge.PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The container's size-limit refusals, told apart from malformed bodies as Spring does. */
    private static boolean isSizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message =
                    cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }
}
