package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.security.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation the signed-in user may use, and the current path, into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationModelAdvice {

    private final List<NavigationItem> items;

    NavigationModelAdvice(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal PlatformUser user) {
        if (user == null) {
            return List.of();
        }
        return items.stream().filter(item -> item.visibleTo(user)).toList();
    }

    @ModelAttribute("currentUser")
    PlatformUser currentUser(@AuthenticationPrincipal PlatformUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
