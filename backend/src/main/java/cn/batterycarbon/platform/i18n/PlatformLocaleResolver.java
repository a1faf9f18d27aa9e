package cn.batterycarbon.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a request is answered in: the visitor's choice (a cookie set by the language
 * switch) first; otherwise, for the JSON API, the caller's {@code Accept-Language} when it is
 * Chinese or English; otherwise Chinese.
 */
class PlatformLocaleResolver extends CookieLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    PlatformLocaleResolver() {
        super("bcf-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(PlatformLocaleResolver::defaultFor);
    }

    private static Locale defaultFor(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null) {
            Locale requested = request.getLocale();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(requested.getLanguage())) {
                    return supported;
                }
            }
        }
        return I18nConfiguration.DEFAULT_LOCALE;
    }

    @Override
    public void setLocale(
            HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, supportedOrDefault(locale));
    }

    static Locale supportedOrDefault(Locale locale) {
        if (locale != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return I18nConfiguration.DEFAULT_LOCALE;
    }
}
