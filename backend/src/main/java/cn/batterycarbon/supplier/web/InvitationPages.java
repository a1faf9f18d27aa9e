package cn.batterycarbon.supplier.web;

import cn.batterycarbon.organization.SupplierRegistration.Registration;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.PublicPaths;
import cn.batterycarbon.supplier.SupplierInvitations;
import cn.batterycarbon.supplier.SupplierInvitations.Invitation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Inviting a supplier that is not on the platform (manufacturers and suppliers), and the public
 * page behind the invitation link where the supplier registers its organization and first user.
 */
@Controller
class InvitationPages {

    /** The invitation page is for visitors without an account. */
    @Configuration(proxyBeanMethods = false)
    static class InvitationPaths {
        @Bean
        PublicPaths invitationPublicPaths() {
            return PublicPaths.of("/invitations/**");
        }
    }

    private final SupplierInvitations invitations;

    InvitationPages(SupplierInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/supply-chain/invitations/new")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String newInvitation() {
        return "supplier/invitation-form";
    }

    @PostMapping("/supply-chain/invitations")
    @PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
    String invite(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(defaultValue = "") String organizationName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String message,
            HttpServletRequest request,
            Model model) {
        try {
            Invitation invitation = invitations.invite(user, organizationName, email, message);
            String link = ServletUriComponentsBuilder.fromContextPath(request)
                    .path(invitation.path())
                    .build()
                    .toUriString();
            model.addAttribute("invitation", invitation);
            model.addAttribute("link", link);
            model.addAttribute(
                    "mailed", invitations.mail(invitation, link, user, message, LocaleContextHolder.getLocale()));
            return "supplier/invitation-created";
        } catch (DomainException e) {
            model.addAttribute("error", e);
            model.addAttribute("organizationName", organizationName);
            model.addAttribute("email", email);
            return "supplier/invitation-form";
        }
    }

    @GetMapping("/invitations/{token}")
    String invited(@PathVariable String token, Model model) {
        model.addAttribute("invited", invitations.check(token));
        model.addAttribute("form", new RegistrationForm());
        model.addAttribute("token", token);
        return "supplier/invitation-register";
    }

    @PostMapping("/invitations/{token}")
    String register(
            @PathVariable String token,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult result,
            Model model) {
        model.addAttribute("invited", invitations.check(token));
        model.addAttribute("token", token);
        try {
            var registered = invitations.accept(token, form.registration());
            model.addAttribute("creditCode", registered.creditCode());
            return "supplier/invitation-registered";
        } catch (DomainException e) {
            String key = e.messageKey();
            String field = key.startsWith("organization.creditCode")
                    ? "creditCode"
                    : key.startsWith("user.username") ? "username" : key.startsWith("password.") ? "password" : null;
            if (field == null) {
                result.reject(key, e.arguments(), key);
            } else {
                result.rejectValue(field, key, e.arguments(), key);
            }
            return "supplier/invitation-register";
        }
    }

    /** What the invited supplier fills in. */
    public static class RegistrationForm {
        private String creditCode;
        private String nameZh;
        private String nameEn;
        private String address;
        private String contactName;
        private String contactPhone;
        private String contactEmail;
        private String username;
        private String displayName;
        private String password;

        Registration registration() {
            return new Registration(
                    creditCode,
                    nameZh,
                    blank(nameEn, nameZh),
                    address,
                    contactName,
                    contactPhone,
                    contactEmail,
                    username,
                    blank(displayName, contactName),
                    password);
        }

        private static String blank(String value, String otherwise) {
            return value == null || value.isBlank() ? otherwise : value;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(String v) {
            creditCode = v;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String v) {
            nameZh = v;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String v) {
            nameEn = v;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String v) {
            address = v;
        }

        public String getContactName() {
            return contactName;
        }

        public void setContactName(String v) {
            contactName = v;
        }

        public String getContactPhone() {
            return contactPhone;
        }

        public void setContactPhone(String v) {
            contactPhone = v;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public void setContactEmail(String v) {
            contactEmail = v;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String v) {
            username = v;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String v) {
            displayName = v;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String v) {
            password = v;
        }
    }
}
