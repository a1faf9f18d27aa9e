package cn.batterycarbon.product.web;

import cn.batterycarbon.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses every role but manufacturers before a request body or form is read, so that another
 * role gets 403 rather than a 400 about what it sent (the controllers' {@code @PreAuthorize}
 * still decides; this only makes the refusal come first).
 */
@Configuration(proxyBeanMethods = false)
class ProductAccess implements WebMvcConfigurer {

    static final String[] PATHS = {
        "/plants",
        "/plants/**",
        "/battery-models",
        "/battery-models/**",
        "/api/v1/plants",
        "/api/v1/plants/**",
        "/api/v1/battery-models",
        "/api/v1/battery-models/**"
    };

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ManufacturersOnly()).addPathPatterns(PATHS);
    }

    static final class ManufacturersOnly implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.isAuthenticated()
                    && authentication.getAuthorities().stream()
                            .noneMatch(a -> a.getAuthority()
                                    .equals(Role.MANUFACTURER.authority().getAuthority()))) {
                throw new AccessDeniedException("manufacturers only");
            }
            return true;
        }
    }
}
