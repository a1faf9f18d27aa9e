package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.security.PlatformUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: greets the user in their role's words and lays out the tasks their role has,
 * from the same navigation entries the menu shows.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user, Model model) {
        @SuppressWarnings("unchecked")
        List<NavigationItem> navigation = (List<NavigationItem>) model.getAttribute("navigation");
        model.addAttribute("role", user.primaryRole());
        model.addAttribute(
                "tasks",
                navigation == null
                        ? List.of()
                        : navigation.stream()
                                .filter(item -> !item.path().equals("/"))
                                .toList());
        return "home";
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal PlatformUser user) {
        return user == null ? "login" : "redirect:/";
    }
}
