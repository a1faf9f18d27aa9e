package cn.batterycarbon.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Registers {@link BoundedTextDeserializer} with the application's JSON mapper. */
@Configuration(proxyBeanMethods = false)
class TextLimitsConfiguration {

    @Bean
    JacksonModule textLimitsModule() {
        SimpleModule module = new SimpleModule("text-limits");
        module.addDeserializer(String.class, new BoundedTextDeserializer(TextLimits.DEFAULT_MAX));
        return module;
    }
}
