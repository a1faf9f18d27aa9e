package cn.batterycarbon.platform.security;

import java.util.Set;

/**
 * A person or machine client as an external identity provider (Keycloak) vouches for them: its
 * stable subject, the names it knows them by, the organization they act for (by unified social
 * credit code) and the role names it grants. Nothing here is trusted until {@link
 * ExternalIdentityLinker} matched it against the platform's own records.
 *
 * @param subject the provider's stable, never reused user id (the token's {@code sub})
 * @param username the provider's user name ({@code preferred_username})
 * @param displayName a readable name, falling back to the user name
 * @param email the e-mail address, or an empty string
 * @param organizationCreditCode the organization's credit code, or {@code null} when the token has none
 * @param roleNames the role names the provider grants, platform roles and any others
 */
public record ExternalIdentity(
        String subject,
        String username,
        String displayName,
        String email,
        String organizationCreditCode,
        Set<String> roleNames) {

    public ExternalIdentity {
        roleNames = Set.copyOf(roleNames);
    }
}
