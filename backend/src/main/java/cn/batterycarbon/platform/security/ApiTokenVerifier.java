package cn.batterycarbon.platform.security;

import java.util.Optional;

/**
 * Resolves a personal API token to its user. Implemented by the module that issues tokens, so
 * that the security infrastructure knows nothing about how they are stored.
 */
public interface ApiTokenVerifier {

    /** Prefix of every personal API token, so bearer tokens of other issuers are told apart. */
    String TOKEN_PREFIX = "bcf_";

    /** The token's user when the token exists, is neither revoked nor expired, and the user is active. */
    Optional<PlatformUser> verify(String rawToken);
}
