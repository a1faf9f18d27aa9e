package cn.batterycarbon.notification.web;

import cn.batterycarbon.notification.Notifications;
import cn.batterycarbon.platform.security.PlatformUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list behind the bell: newest first; opening one marks it read and follows its link. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("notifications", notifications.latest(user, 100));
        return "notification/notifications";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        String link = notifications.open(id, user);
        return "redirect:" + (link == null || !link.startsWith("/") || link.startsWith("//") ? "/notifications" : link);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        redirect.addFlashAttribute("message", "notification.allRead");
        return "redirect:/notifications";
    }
}
