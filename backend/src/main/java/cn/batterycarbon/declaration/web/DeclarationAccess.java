package cn.batterycarbon.declaration.web;

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
 * Refuses every role but manufacturers before a request body, file or form is read, so that
 * another role gets 403 rather than a 400 about what it sent (the controllers' {@code
 * @PreAuthorize} still decides; this only makes the refusal come first).
 */
@Configuration(proxyBeanMethods = false)
class DeclarationAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        Authentication authentication =
                                SecurityContextHolder.getContext().getAuthentication();
                        if (authentication != null
                                && authentication.isAuthenticated()
                                && authentication.getAuthorities().stream()
                                        .noneMatch(a -> a.getAuthority()
                                                .equals(Role.MANUFACTURER
                                                        .authority()
                                                        .getAuthority()))) {
                            throw new AccessDeniedException("manufacturers only");
                        }
                        return true;
                    }
                })
                .addPathPatterns(
                        "/declarations", "/declarations/**", "/api/v1/declarations", "/api/v1/declarations/**");
    }
}
