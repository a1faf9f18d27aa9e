package cn.batterycarbon.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese is the default language, English the alternative. Each module keeps its own bundle
 * {@code i18n/<module>.properties} (Chinese) with {@code i18n/<module>_en.properties}; all
 * bundles found on the classpath are loaded, so a new module needs no configuration here.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration implements WebMvcConfigurer {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    public static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messageSource = new ReloadableResourceBundleMessageSource();
        messageSource.setBasenames(bundleBasenames());
        messageSource.setDefaultEncoding("UTF-8");
        messageSource.setFallbackToSystemLocale(false);
        messageSource.setDefaultLocale(DEFAULT_LOCALE);
        return messageSource;
    }

    /** Every {@code classpath*:i18n/NAME.properties} without a language suffix is a bundle. */
    static String[] bundleBasenames() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> basenames = new TreeSet<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null && !name.contains("_")) {
                    basenames.add("classpath:i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
            return basenames.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PlatformLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
