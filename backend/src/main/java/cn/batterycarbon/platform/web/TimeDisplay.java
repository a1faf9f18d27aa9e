package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.security.PlatformUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Shows a moment in the signed-in user's time zone with the zone named, e.g.
 * {@code 2026-12-02 21:54 (Asia/Shanghai)}. Templates use it as {@code ${@times.format(x)}};
 * times are stored and sent through the API in UTC.
 */
@Component("times")
public class TimeDisplay {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String REQUEST_ZONE = TimeDisplay.class.getName() + ".zone";

    private final ObjectProvider<UserTimeZones> zones;

    TimeDisplay(ObjectProvider<UserTimeZones> zones) {
        this.zones = zones;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return MINUTES.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** To the second, for records whose order within a minute matters (calculation history). */
    public String formatSeconds(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return SECONDS.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    public String format(ZonedDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    /** The signed-in user's zone (looked up once per request), or the default. */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(REQUEST_ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
            return z;
        }
        ZoneId zone = UserTimeZones.DEFAULT;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UserTimeZones lookup = zones.getIfAvailable();
        if (lookup != null
                && authentication != null
                && authentication.getPrincipal() instanceof PlatformUser user
                && user.userId() != null) {
            zone = lookup.zoneOf(user.userId());
        }
        if (request != null) {
            request.setAttribute(REQUEST_ZONE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }
}
