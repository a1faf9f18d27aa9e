package cn.batterycarbon.audit;

import cn.batterycarbon.platform.events.AuditableEvent;
import cn.batterycarbon.platform.security.PlatformUser;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditableEvent} synchronously, in the transaction that publishes it (so the
 * change and its entry commit or roll back together), and the sign-ins, failed sign-ins and
 * lock-outs Spring Security reports. Passwords never reach the trail: failure events carry only
 * the user name tried.
 */
@Component
class AuditListeners {

    private final AuditLog log;

    AuditListeners(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditableEvent event) {
        log.append(event, AuditContext.current());
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PlatformUser user) {
            log.append(
                    "auth.signedIn",
                    "USER",
                    user.userId(),
                    user.organizationId(),
                    Map.of(),
                    AuditContext.current().signedIn(user));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String action = event instanceof AuthenticationFailureLockedEvent ? "auth.lockedOut" : "auth.signInFailed";
        String username = String.valueOf(event.getAuthentication().getName());
        log.append(
                action,
                "USER",
                null,
                null,
                Map.of(
                        "reason",
                        AuditableEvent.Change.created(
                                event.getException().getClass().getSimpleName())),
                AuditContext.current().attemptBy(username));
    }
}
