package cn.batterycarbon.platform.security;

import java.io.Serial;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;

/**
 * Keycloak vouched for someone whom the platform still refuses, with the reason, so the sign-in
 * page and the API can tell the user what to ask their administrator for.
 */
public final class SingleSignOnRefusedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why single sign-on was refused; each has a message in the {@code keycloak} bundle. */
    public enum Reason {
        /** The token carries no organization credit code. */
        ORGANIZATION_MISSING,
        /** No organization on the platform has the token's credit code. */
        ORGANIZATION_UNKNOWN,
        /** None of the token's roles is a platform role grantable in that organization. */
        NO_ROLE,
        /** The local user record is deactivated. */
        ACCOUNT_INACTIVE,
        /** The user name belongs to another organization's user or to another Keycloak subject. */
        ACCOUNT_CONFLICT;

        /** The value used in the sign-in page's URL, e.g. {@code organization-unknown}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String messageKey() {
            return "keycloak.refused." + code();
        }

        /** The reason for a code from a URL, or {@code null} for anything else. */
        public static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code().equals(code)) {
                    return reason;
                }
            }
            return null;
        }
    }

    private final Reason reason;

    public SingleSignOnRefusedException(Reason reason, String detail) {
        super(reason.name() + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
