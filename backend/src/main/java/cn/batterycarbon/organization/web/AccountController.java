package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.application.AccountService;
import cn.batterycarbon.organization.application.AccountService.IssuedToken;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.FormErrors;
import cn.batterycarbon.platform.web.UserTimeZones;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private static final String PASSWORD_FORM = "organization/account/password";
    private static final String TOKENS = "organization/account/tokens";

    private final AccountService accounts;
    private final OrganizationAdministration administration;

    AccountController(AccountService accounts, OrganizationAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("account", administration.user(user.userId()));
        model.addAttribute("timeZones", UserTimeZones.CHOICES);
        return "organization/account/profile";
    }

    @PostMapping("/time-zone")
    String changeTimeZone(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam("timeZone") String timeZone,
            RedirectAttributes redirect) {
        accounts.changeTimeZone(user.userId(), timeZone);
        redirect.addFlashAttribute("message", "account.timeZone.changed");
        return "redirect:/account";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return PASSWORD_FORM;
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
            result.rejectValue("currentPassword", "password.current.required");
        }
        if (!result.hasErrors() && !form.confirmed()) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (result.hasErrors()) {
            return PASSWORD_FORM;
        }
        try {
            accounts.changePassword(user.userId(), form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.reject(
                    result, e, e.messageKey().startsWith("password.current") ? "currentPassword" : "newPassword");
            return PASSWORD_FORM;
        }
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/account";
    }

    @GetMapping("/tokens")
    String tokens(@AuthenticationPrincipal PlatformUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm());
        }
        model.addAttribute("tokens", accounts.tokensOf(user.userId()));
        model.addAttribute("now", accounts.now());
        return TOKENS;
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal PlatformUser user,
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                IssuedToken issued = accounts.issueToken(user.userId(), form.getName(), form.getValidDays());
                model.addAttribute("issued", issued);
                model.addAttribute("form", new TokenForm());
            } catch (DomainException e) {
                FormErrors.reject(result, e, "name");
            }
        }
        return tokens(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.revokeToken(user.userId(), id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/account/tokens";
    }
}
