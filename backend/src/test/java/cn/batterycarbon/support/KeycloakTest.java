package cn.batterycarbon.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The running application in the {@code keycloak} profile against the real Keycloak of {@link
 * KeycloakServer} and the shared test database, on the fixed port the test realm allows. All
 * classes with exactly this annotation share one context; a {@link Browser} parameter drives
 * headless Chromium through the real Keycloak login page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("keycloak")
@ExtendWith(KeycloakExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, KeycloakInitializer.class})
@ExtendWith(BrowserExtension.class)
public @interface KeycloakTest {}
