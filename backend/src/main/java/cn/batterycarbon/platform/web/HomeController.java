package cn.batterycarbon.platform.web;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.SingleSignOn;
import cn.batterycarbon.platform.security.SingleSignOnRefusedException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page: greets the user in their role's words and lays out the tasks their role has,
 * from the same navigation entries the menu shows.
 */
@Controller
class HomeController {

    private final ObjectProvider<SingleSignOn> singleSignOn;

    HomeController(ObjectProvider<SingleSignOn> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

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

    /**
     * The login form; with Keycloak single sign-on a link to Keycloak instead, with why a sign-in
     * was refused (the reason's code from the URL, shown only when it is a known one).
     */
    @GetMapping("/login")
    String login(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(name = "refused", required = false) String refused,
            Model model) {
        if (user != null) {
            return "redirect:/";
        }
        SingleSignOn keycloak = singleSignOn.getIfAvailable();
        if (keycloak != null) {
            model.addAttribute("singleSignOnPath", keycloak.signInPath());
            SingleSignOnRefusedException.Reason reason = SingleSignOnRefusedException.Reason.ofCode(refused);
            if (reason != null) {
                model.addAttribute("refusedMessageKey", reason.messageKey());
            }
        }
        return "login";
    }
}
