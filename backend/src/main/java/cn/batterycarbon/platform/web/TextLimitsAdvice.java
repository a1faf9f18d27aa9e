package cn.batterycarbon.platform.web;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Marks the time a request body is being read, so that {@link BoundedTextDeserializer} applies the
 * text limits to what callers send and not to JSON the application reads back from its own store
 * (events, calculation records) with the same mapper.
 */
@ControllerAdvice
class TextLimitsAdvice extends RequestBodyAdviceAdapter {

    private static final String READING = TextLimitsAdvice.class.getName() + ".reading";

    static boolean readingRequestBody() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && attributes.getAttribute(READING, RequestAttributes.SCOPE_REQUEST) != null;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(READING, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return input;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(READING, RequestAttributes.SCOPE_REQUEST);
        }
        return body;
    }
}
