package cn.batterycarbon.platform.security;

/**
 * Turns an external identity into the platform user it acts as, creating or linking the local
 * user record on first sign-in and keeping its roles in step with the identity provider.
 * Implemented by the module that owns users, so that the security infrastructure knows nothing
 * about how they are stored.
 */
public interface ExternalIdentityLinker {

    /**
     * The platform user for this identity.
     *
     * @throws SingleSignOnRefusedException when the identity may not act on the platform (unknown
     *     organization, no platform role, deactivated or conflicting local account)
     */
    PlatformUser link(ExternalIdentity identity);
}
