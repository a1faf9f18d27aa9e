package cn.batterycarbon.supplier.web;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.supplier.SupplyChainTrace;
import cn.batterycarbon.supplier.UpstreamRecordService;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The supplier records behind a declaration's lines, read-only, for its verifiers (assigned
 * verifiers and the agency's leads; the verification module says who they are). They live under
 * the declaration's verification page, whose URL space the verification module reserves for the
 * parties of a verification; other verifiers and other tenants get 404.
 */
@Controller
@PreAuthorize("hasAnyRole('VERIFIER', 'VERIFICATION_LEAD')")
class VerifierSupplyChainPages {

    private static final String BASE = "/verification/declarations/{id}/supply-chain";

    private final SupplyChainTrace trace;
    private final UpstreamRecordService records;

    VerifierSupplyChainPages(SupplyChainTrace trace, UpstreamRecordService records) {
        this.trace = trace;
        this.records = records;
    }

    @GetMapping(BASE)
    String trace(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("trace", trace.forVerifier(id, user));
        model.addAttribute("supplyChainBase", base(id));
        return "supplier/verifier-trace";
    }

    @GetMapping(BASE + "/records/{recordId}")
    String record(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @PathVariable UUID recordId,
            Model model) {
        model.addAttribute("record", records.recordForVerifier(id, recordId, user));
        model.addAttribute("declarationId", id);
        model.addAttribute("supplyChainBase", base(id));
        return "supplier/verifier-record";
    }

    @GetMapping(BASE + "/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        return SupplyChainPages.evidenceResponse(records.downloadForVerifier(id, fileId, user));
    }

    /** Where the shared record and trace fragments link records and evidence files to. */
    private static String base(UUID declarationId) {
        return "/verification/declarations/" + declarationId + "/supply-chain";
    }
}
