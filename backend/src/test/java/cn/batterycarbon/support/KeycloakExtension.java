package cn.batterycarbon.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared {@link KeycloakServer} before the first Keycloak test class and stops it when
 * the whole test run ends, passed or failed (the root context closes what its store holds).
 */
class KeycloakExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KeycloakExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("keycloak", key -> new StopAtEnd(KeycloakServer.started()), StopAtEnd.class);
    }

    /** Closed by JUnit when the root context closes, after the last test of the run. */
    record StopAtEnd(KeycloakServer server) implements AutoCloseable {

        @Override
        public void close() {
            KeycloakServer.stopIfStarted();
        }
    }
}
