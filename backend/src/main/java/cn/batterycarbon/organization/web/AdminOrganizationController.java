package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.organization.application.OrganizationAdministration.NewUser;
import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.UnifiedSocialCreditCode;
import cn.batterycarbon.organization.domain.UserAccount;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administration: organizations and their users. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganizationController {

    private static final String FORM = "organization/admin/organization-form";
    private static final String USER_FORM = "organization/admin/user-form";
    private static final String RESET_FORM = "organization/admin/reset-password";

    private final OrganizationAdministration administration;

    AdminOrganizationController(OrganizationAdministration administration) {
        this.administration = administration;
    }

    @ModelAttribute("organizationTypes")
    OrganizationType[] organizationTypes() {
        return Arrays.stream(OrganizationType.values())
                .filter(type -> type != OrganizationType.PLATFORM_OPERATOR)
                .toArray(OrganizationType[]::new);
    }

    @GetMapping("/organizations")
    String list(Model model) {
        model.addAttribute("organizations", administration.allOrganizations());
        return "organization/admin/organizations";
    }

    @GetMapping("/organizations/new")
    String newOrganization(Model model) {
        model.addAttribute("form", new OrganizationForm());
        model.addAttribute("editing", false);
        return FORM;
    }

    @PostMapping("/organizations")
    String create(
            @Validated({Default.class, OrganizationForm.Registration.class}) @ModelAttribute("form")
                    OrganizationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("editing", false);
        if (!result.hasFieldErrors("creditCode")
                && !UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalize(form.getCreditCode()))) {
            result.rejectValue(
                    "creditCode", "organization.creditCode.invalid", new Object[] {form.getCreditCode()}, null);
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            Organization organization =
                    administration.registerOrganization(form.getType(), form.getCreditCode(), form.details());
            redirect.addFlashAttribute("message", "organization.created");
            return "redirect:/admin/organizations/" + organization.getId();
        } catch (DomainException e) {
            FormErrors.reject(result, e, "creditCode");
            return FORM;
        }
    }

    @GetMapping("/organizations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organization organization = administration.organization(id);
        model.addAttribute("organization", organization);
        model.addAttribute("users", administration.usersOf(id));
        return "organization/admin/organization";
    }

    @GetMapping("/organizations/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", OrganizationForm.of(administration.organization(id)));
        model.addAttribute("organizationId", id);
        model.addAttribute("editing", true);
        return FORM;
    }

    @PostMapping("/organizations/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organization current = administration.organization(id);
        // Type and credit code identify the organization and are not edited.
        form.setType(current.getType());
        form.setCreditCode(current.getCreditCode().value());
        model.addAttribute("organizationId", id);
        model.addAttribute("editing", true);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            administration.updateOrganization(id, form.getVersion(), form.details());
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrent-change");
            return FORM;
        }
        redirect.addFlashAttribute("message", "organization.updated");
        return "redirect:/admin/organizations/" + id;
    }

    @GetMapping("/organizations/{id}/users/new")
    String newUser(@PathVariable UUID id, Model model) {
        return userForm(administration.organization(id), new UserForm(), model);
    }

    @PostMapping("/organizations/{id}/users")
    String createUser(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organization organization = administration.organization(id);
        if (result.hasErrors()) {
            return userForm(organization, form, model);
        }
        try {
            administration.createUser(new NewUser(
                    id,
                    form.getUsername(),
                    form.getDisplayName(),
                    form.getEmail(),
                    form.getRoles(),
                    form.getPassword()));
        } catch (DomainException e) {
            FormErrors.reject(result, e, fieldOf(e));
            return userForm(organization, form, model);
        }
        redirect.addFlashAttribute("message", "user.created");
        return "redirect:/admin/organizations/" + id;
    }

    @PostMapping("/users/{userId}/deactivate")
    String deactivate(
            @PathVariable UUID userId, @AuthenticationPrincipal PlatformUser admin, RedirectAttributes redirect) {
        UserAccount user = administration.user(userId);
        administration.deactivateUser(userId, admin.userId());
        redirect.addFlashAttribute("message", "user.deactivated");
        return "redirect:/admin/organizations/" + user.getOrganization().getId();
    }

    @PostMapping("/users/{userId}/activate")
    String activate(@PathVariable UUID userId, RedirectAttributes redirect) {
        UserAccount user = administration.user(userId);
        administration.activateUser(userId);
        redirect.addFlashAttribute("message", "user.activated");
        return "redirect:/admin/organizations/" + user.getOrganization().getId();
    }

    @GetMapping("/users/{userId}/password")
    String resetPasswordForm(@PathVariable UUID userId, Model model) {
        model.addAttribute("user", administration.user(userId));
        model.addAttribute("form", new PasswordForm());
        return RESET_FORM;
    }

    @PostMapping("/users/{userId}/password")
    String resetPassword(
            @PathVariable UUID userId,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = administration.user(userId);
        model.addAttribute("user", user);
        if (!result.hasErrors() && !form.confirmed()) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (result.hasErrors()) {
            return RESET_FORM;
        }
        try {
            administration.resetPassword(userId, form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.reject(result, e, "newPassword");
            return RESET_FORM;
        }
        redirect.addFlashAttribute("message", "user.passwordReset");
        return "redirect:/admin/organizations/" + user.getOrganization().getId();
    }

    private String userForm(Organization organization, UserForm form, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("grantableRoles", Role.grantableRoles(organization.getType()));
        model.addAttribute("form", form);
        return USER_FORM;
    }

    private static String fieldOf(DomainException e) {
        if (e.messageKey().startsWith("password.")) {
            return "password";
        }
        if (e.messageKey().startsWith("user.roles")) {
            return "roles";
        }
        return "username";
    }
}
