package cn.batterycarbon.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Browsers ask for /favicon.ico on their own, in parallel with the page. Without an answer that
     * request renders the error page, whose CSRF meta tag opens a new session; arriving at the same
     * moment as a sign-in, its cookie could replace the fresh login session's.
     */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/images/logo.svg");
    }
}
