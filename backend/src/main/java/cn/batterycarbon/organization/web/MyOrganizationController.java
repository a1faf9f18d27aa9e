package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every user sees their own organization's registration details and colleagues. */
@Controller
class MyOrganizationController {

    private final OrganizationAdministration administration;

    MyOrganizationController(OrganizationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/organization")
    String myOrganization(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("organization", administration.organization(user.organizationId()));
        model.addAttribute("users", administration.usersOf(user.organizationId()));
        return "organization/mine";
    }
}
