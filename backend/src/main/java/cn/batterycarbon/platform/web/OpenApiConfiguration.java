package cn.batterycarbon.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title, version and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI platformOpenApi(ObjectProvider<BuildProperties> build) {
        String version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Battery carbon-footprint platform API")
                        .version(version)
                        .description("JSON API of the traction-battery carbon-footprint declaration platform. "
                                + "Authenticate with a personal API token (Authorization: Bearer bcf_...) created under "
                                + "My account > API tokens, or with the browser session plus the X-CSRF-TOKEN header. "
                                + "Errors are RFC 9457 problem+json in the language of Accept-Language (zh-CN or en)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token (bcf_...)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
