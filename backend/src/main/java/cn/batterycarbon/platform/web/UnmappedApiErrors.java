package cn.batterycarbon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API requests refused before any controller was chosen (a content type no endpoint consumes, a
 * method or path that does not exist) get the same localized problem+json as the rest of the API
 * instead of Spring's default error body. Page requests are left to the error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiErrors {

    private final ApiExceptionHandler api;

    UnmappedApiErrors(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler({
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        HttpRequestMethodNotSupportedException.class,
        NoResourceFoundException.class
    })
    ResponseEntity<Object> unmapped(Exception e, WebRequest request, HttpServletRequest servletRequest)
            throws Exception {
        String path = servletRequest
                .getRequestURI()
                .substring(servletRequest.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e; // the same exception: Spring goes on with its default handling (the error page)
        }
        return api.handleException(e, request);
    }
}
