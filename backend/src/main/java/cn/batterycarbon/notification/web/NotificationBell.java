package cn.batterycarbon.notification.web;

import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.platform.security.PlatformUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the unread count into every page's model, for the bell in the layout's header. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser user) {
            return notifications.unread(user);
        }
        return null;
    }
}
