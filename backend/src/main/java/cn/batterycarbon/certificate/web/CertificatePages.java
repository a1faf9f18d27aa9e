package cn.batterycarbon.certificate.web;

import cn.batterycarbon.certificate.CertificateExports;
import cn.batterycarbon.certificate.CertificateService;
import cn.batterycarbon.certificate.CertificateService.CertificateView;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Certificates for the company, the agency and regulators: details, PDFs, exports, revocation. */
@Controller
@PreAuthorize("hasAnyRole('MANUFACTURER', 'VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR')")
class CertificatePages {

    private final CertificateService service;
    private final CertificateExports exports;

    CertificatePages(CertificateService service, CertificateExports exports) {
        this.service = service;
        this.exports = exports;
    }

    @GetMapping("/certificates")
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("certificates", service.certificates(user));
        return "certificate/certificates";
    }

    @GetMapping("/verification/declarations/{id}/certificate")
    String ofDeclaration(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        CertificateView certificate = service.latestOf(id, user).orElseThrow(NotFoundException::new);
        return "redirect:/certificates/" + certificate.serial();
    }

    @GetMapping("/certificates/{serial}")
    String show(@AuthenticationPrincipal PlatformUser user, @PathVariable String serial, Model model) {
        CertificateView certificate = service.certificate(serial, user);
        model.addAttribute("certificate", certificate);
        model.addAttribute("facts", certificate.facts());
        model.addAttribute(
                "mayRevoke",
                "VALID".equals(certificate.status().name())
                        && (user.hasRole(Role.REGULATOR)
                                || user.hasRole(Role.VERIFIER)
                                || user.hasRole(Role.VERIFICATION_LEAD)));
        return "certificate/certificate";
    }

    @GetMapping("/certificates/{serial}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String serial) {
        return download(service.certificatePdf(serial, user), serial + "-certificate.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/certificates/{serial}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String serial) {
        return download(service.reportPdf(serial, user), serial + "-report.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/certificates/{serial}/battery-pass.json")
    ResponseEntity<byte[]> batteryPass(@AuthenticationPrincipal PlatformUser user, @PathVariable String serial) {
        return download(
                exports.batteryPass(serial, user).getBytes(StandardCharsets.UTF_8),
                serial + "-battery-pass.json",
                MediaType.APPLICATION_JSON);
    }

    @GetMapping("/certificates/{serial}/miit-package.zip")
    ResponseEntity<byte[]> miitPackage(@AuthenticationPrincipal PlatformUser user, @PathVariable String serial) {
        return download(
                exports.miitPackage(serial, user),
                serial + "-miit-package.zip",
                MediaType.parseMediaType("application/zip"));
    }

    @PostMapping("/certificates/{serial}/revoke")
    @PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR')")
    String revoke(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String serial,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.revoke(serial, reason, user);
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return show(user, serial, model);
        }
        redirect.addFlashAttribute("message", "certificate.revoked");
        return "redirect:/certificates/" + serial;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(content);
    }
}
