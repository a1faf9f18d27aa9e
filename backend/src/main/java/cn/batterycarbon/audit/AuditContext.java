package cn.batterycarbon.audit;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who acts and from where, taken from the current security context and request ("system" without them). */
record AuditContext(
        String actorType,
        UUID actorId,
        String actorName,
        UUID actorOrganizationId,
        String actorRoles,
        String requestId,
        String clientAddress) {

    static final String REQUEST_ID = AuditTrail.REQUEST_ID_ATTRIBUTE;

    static AuditContext current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest request = request();
        String requestId = request == null ? null : (String) request.getAttribute(REQUEST_ID);
        String address = request == null ? null : request.getRemoteAddr();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            if (authentication.getPrincipal() instanceof PlatformUser user) {
                return new AuditContext(
                        "USER",
                        user.userId(),
                        user.getUsername(),
                        user.organizationId(),
                        user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        requestId,
                        address);
            }
            return new AuditContext("USER", null, authentication.getName(), null, null, requestId, address);
        }
        return new AuditContext(request == null ? "SYSTEM" : "ANONYMOUS", null, null, null, null, requestId, address);
    }

    /** The same request, acted by someone who is not signed in yet (a sign-in attempt). */
    AuditContext attemptBy(String username) {
        return new AuditContext("ANONYMOUS", null, username, null, null, requestId, clientAddress);
    }

    /** The same request, acted by a user who just signed in. */
    AuditContext signedIn(PlatformUser user) {
        return new AuditContext(
                "USER",
                user.userId(),
                user.getUsername(),
                user.organizationId(),
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                requestId,
                clientAddress);
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
