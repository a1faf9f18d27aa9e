package cn.batterycarbon.certificate.web;

import cn.batterycarbon.certificate.CertificateService;
import cn.batterycarbon.certificate.CertificateService.CertificateView;
import cn.batterycarbon.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page: anyone, without signing in, sees whether a certificate is valid,
 * expired, revoked or superseded, and can check that a PDF is its unaltered signed original.
 */
@Controller
class PublicVerification {

    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final CertificateService service;

    PublicVerification(CertificateService service) {
        this.service = service;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String serial) {
        if (serial != null && SERIAL.matcher(serial.strip()).matches()) {
            return "redirect:/verify/" + serial.strip();
        }
        return "certificate/verify-form";
    }

    @GetMapping("/verify/{serial}")
    String show(@PathVariable String serial, Model model, HttpServletResponse response) {
        try {
            CertificateView certificate = service.publicView(serial);
            model.addAttribute("certificate", certificate);
            model.addAttribute("facts", certificate.facts());
            return "certificate/verify";
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("serial", serial);
            return "certificate/verify-unknown";
        }
    }

    @PostMapping("/verify/{serial}")
    String check(
            @PathVariable String serial,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        String page = show(serial, model, response);
        if (response.getStatus() == 404) {
            return page;
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadMissing", true);
        } else {
            model.addAttribute("check", service.check(serial, file.getBytes()));
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return page;
    }
}
