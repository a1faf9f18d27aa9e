package cn.batterycarbon.audit.web;

import cn.batterycarbon.audit.AuditTrail;
import cn.batterycarbon.audit.AuditTrail.Filter;
import cn.batterycarbon.audit.core.ChainVerifier;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail over JSON: an object's timeline (anyone who may see the object), the filtered
 * log and its CSV/JSONL export, and the chain verification (administrators and regulators).
 */
@ApiController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
class AuditApi {

    record VerificationView(
            boolean intact,
            long entriesChecked,
            long lastSeq,
            int checkpointsChecked,
            Long brokenAt,
            ChainVerifier.Problem problem,
            String expected,
            String found,
            long tookMillis,
            Instant verifiedAt)
            implements java.io.Serializable {

        static VerificationView of(AuditTrail.Verification v) {
            ChainVerifier.Result r = v.result();
            ChainVerifier.Finding f = r.finding();
            return new VerificationView(
                    r.intact(),
                    r.entriesChecked(),
                    r.lastSeq(),
                    r.checkpointsChecked(),
                    f == null ? null : f.seq(),
                    f == null ? null : f.problem(),
                    f == null ? null : f.expected(),
                    f == null ? null : f.found(),
                    v.took().toMillis(),
                    v.at());
        }
    }

    private final AuditTrail trail;
    private final AuditViews views;
    private final AuditExports exports;

    AuditApi(AuditTrail trail, AuditViews views, AuditExports exports) {
        this.trail = trail;
        this.views = views;
        this.exports = exports;
    }

    @GetMapping("/timeline")
    @Operation(summary = "The audit entries of one object, oldest first; 404 when the caller may not see the object")
    List<AuditViews.EntryView> timeline(
            @RequestParam String objectType,
            @RequestParam UUID objectId,
            @AuthenticationPrincipal PlatformUser user,
            Locale locale) {
        return trail.timeline(objectType, objectId, user).stream()
                .map(e -> views.view(e, locale))
                .toList();
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
    @Operation(summary = "The log, newest first, filtered by actor, tenant, object type, action and period")
    List<AuditViews.EntryView> entries(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenant,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            Locale locale) {
        Filter filter = new Filter(actor, tenant, objectType, action, from, to);
        return trail.search(filter, Math.max(page, 0), Math.min(Math.max(size, 1), 1000)).stream()
                .map(e -> views.view(e, locale))
                .toList();
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
    @Operation(
            summary = "The filtered log as CSV (format=csv, UTF-8 with BOM) or JSON lines (format=jsonl), oldest first")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID tenant,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return exports.export(format, new Filter(actor, tenant, objectType, action, from, to));
    }

    @PostMapping("/verification")
    @PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
    @Operation(summary = "Verifies the whole chain: the first broken entry and what is wrong, and the time taken")
    VerificationView verify() {
        return VerificationView.of(trail.verify());
    }
}
