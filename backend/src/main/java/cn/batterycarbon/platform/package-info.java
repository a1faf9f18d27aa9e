/**
 * Shared kernel of the platform: embedded database start-up, internationalisation, security
 * infrastructure (principal, roles, tenant guard, API token authentication), the web layout
 * support (navigation, errors as problem+json) and persistence base classes. Every business
 * module may depend on it; it depends on no business module.
 */
@ApplicationModule(displayName = "Platform (shared kernel)", type = ApplicationModule.Type.OPEN)
package cn.batterycarbon.platform;

import org.springframework.modulith.ApplicationModule;
