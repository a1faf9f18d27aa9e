package cn.batterycarbon.supplier.web;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.PageAnswer;
import cn.batterycarbon.supplier.DataRequestService;
import cn.batterycarbon.supplier.DataRequestService.NewRequest;
import cn.batterycarbon.supplier.Disclosure;
import cn.batterycarbon.supplier.RecordInput;
import cn.batterycarbon.supplier.RecordView;
import cn.batterycarbon.supplier.RequestView;
import cn.batterycarbon.supplier.SupplyChainTrace;
import cn.batterycarbon.supplier.SupplyChainTrace.Trace;
import cn.batterycarbon.supplier.UpstreamRecordService;
import cn.batterycarbon.supplier.UpstreamRecordService.Download;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The supply chain for ERP systems: requests (both sides), answers with upstream records, evidence
 * files, corrections and the trace of a declaration. Records come back with the supplier's
 * disclosure applied, exactly as on the pages.
 */
@ApiController
@RequestMapping("/api/v1/supply-chain")
@PreAuthorize("hasAnyRole('MANUFACTURER', 'SUPPLIER')")
@Tag(name = "Supply chain", description = "Data requests, upstream footprint records, evidence and trace")
class SupplyChainApi {

    /** An answer: the record, what the requester may see, and upstream records it builds on. */
    record AnswerBody(RecordInput record, Disclosure disclosure, List<UUID> upstream) {}

    record ReasonBody(@Size(max = 1000) String reason) {}

    record CorrectionBody(
            RecordInput record, @Size(max = 1000) String note) {}

    record LinkBody(UUID upstream) {}

    private final DataRequestService requests;
    private final UpstreamRecordService records;
    private final SupplyChainTrace trace;

    SupplyChainApi(DataRequestService requests, UpstreamRecordService records, SupplyChainTrace trace) {
        this.requests = requests;
        this.records = records;
        this.trace = trace;
    }

    @GetMapping("/requests")
    @Operation(
            summary = "Requests the caller's organization sent and received, a page at a time (sent first, newest"
                    + " first; 50 per page by default, at most 200)")
    PageAnswer<RequestView> requests(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageAnswer.request(page, size, Sort.unsorted());
        return PageAnswer.slice(
                java.util.stream.Stream.concat(requests.sent(user).stream(), requests.received(user).stream())
                        .toList(),
                request);
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a data request to a supplier organization (optionally from a BOM line)")
    RequestView send(@AuthenticationPrincipal PlatformUser user, @RequestBody NewRequest body) {
        return requests.send(user, body);
    }

    @GetMapping("/requests/{id}")
    RequestView request(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return requests.request(id, user);
    }

    @PostMapping("/requests/{id}/remind")
    RequestView remind(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return requests.remind(id, user);
    }

    @PostMapping("/requests/{id}/withdraw")
    RequestView withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return requests.withdraw(id, user);
    }

    @PostMapping("/requests/{id}/reopen")
    RequestView reopen(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return requests.reopen(id, user);
    }

    @PostMapping("/requests/{id}/answer")
    @PreAuthorize("hasRole('SUPPLIER')")
    @Operation(summary = "Answer with a new upstream record; attach evidence with POST /records/{id}/evidence")
    RequestView answer(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody AnswerBody body) {
        return requests.answer(
                id,
                user,
                body.record() == null ? emptyRecord() : body.record(),
                body.disclosure() == null ? Disclosure.DEFAULT : body.disclosure(),
                List.of(),
                body.upstream());
    }

    @PostMapping("/requests/{id}/decline")
    @PreAuthorize("hasRole('SUPPLIER')")
    RequestView decline(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody ReasonBody body) {
        return requests.decline(id, user, body.reason());
    }

    @PostMapping("/requests/{id}/accept")
    @Operation(summary = "Accept the answer; a BOM line takes it as supplier-specific factor and is recalculated")
    RequestView accept(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        RequestView accepted = requests.accept(id, user);
        requests.recalculate(accepted, user);
        return accepted;
    }

    @PostMapping("/requests/{id}/reject")
    RequestView reject(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody ReasonBody body) {
        return requests.reject(id, user, body.reason());
    }

    @GetMapping("/records/{id}")
    @Operation(
            summary = "An upstream record as the caller may see it (undisclosed fields are null and listed in hidden)")
    RecordView record(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return records.record(id, user);
    }

    @PostMapping("/records/{id}/evidence")
    @PreAuthorize("hasRole('SUPPLIER')")
    RecordView addEvidence(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable UUID id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return records.addEvidence(id, user, SupplyChainPages.uploads(files));
    }

    @PostMapping("/records/{id}/upstream")
    @PreAuthorize("hasRole('SUPPLIER')")
    RecordView link(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody LinkBody body) {
        if (!records.record(id, user).owner()) {
            throw new cn.batterycarbon.platform.web.NotFoundException();
        }
        if (body.upstream() == null) {
            throw new cn.batterycarbon.platform.domain.DomainException("supplier.record.upstream.choose");
        }
        return records.linkUpstream(id, user, body.upstream());
    }

    @PutMapping("/records/{id}/disclosure")
    @PreAuthorize("hasRole('SUPPLIER')")
    RecordView disclose(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody Disclosure body) {
        return records.disclose(id, user, body);
    }

    @PostMapping("/records/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPPLIER')")
    @Operation(summary = "Publish a correction: a new version; the old one is kept")
    RecordView correct(
            @AuthenticationPrincipal PlatformUser user, @PathVariable UUID id, @RequestBody CorrectionBody body) {
        return records.correct(id, user, body.record() == null ? emptyRecord() : body.record(), body.note(), List.of());
    }

    @GetMapping("/evidence/{fileId}")
    @Operation(summary = "Download an evidence file; its SHA-256 is verified first")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID fileId) {
        Download file = records.download(fileId, user);
        return SupplyChainPages.evidenceResponse(file);
    }

    @GetMapping("/declarations/{id}/trace")
    @PreAuthorize("hasRole('MANUFACTURER')")
    @Operation(summary = "The supply-chain tree of a declaration, depth-first")
    Trace trace(@AuthenticationPrincipal PlatformUser user, @PathVariable UUID id) {
        return trace.trace(id, user);
    }

    private static RecordInput emptyRecord() {
        return new RecordInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
