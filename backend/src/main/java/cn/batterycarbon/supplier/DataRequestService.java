package cn.batterycarbon.supplier;

import cn.batterycarbon.declaration.BillOfMaterials;
import cn.batterycarbon.declaration.BillOfMaterials.BomLine;
import cn.batterycarbon.declaration.CalculationRefusedException;
import cn.batterycarbon.declaration.DeclarationCalculations;
import cn.batterycarbon.organization.OrganizationDirectory;
import cn.batterycarbon.organization.OrganizationDirectory.OrganizationSummary;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.OrganizationType;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import cn.batterycarbon.platform.units.ActivityUnits;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FieldErrorsException.FieldError;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.supplier.SupplierEvents.RequestAnswered;
import cn.batterycarbon.supplier.SupplierEvents.RequestReminded;
import cn.batterycarbon.supplier.SupplierEvents.RequestSent;
import cn.batterycarbon.supplier.SupplierEvents.RequestStatusChanged;
import cn.batterycarbon.supplier.SupplierEvents.ResponseDecided;
import cn.batterycarbon.supplier.domain.DataRequest;
import cn.batterycarbon.supplier.domain.DataRequests;
import cn.batterycarbon.supplier.domain.UpstreamRecord;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data requests between a requester (manufacturer, or a supplier asking its own supplier) and a
 * supplier organization. Only the two organizations see a request; for anyone else it does not
 * exist (404). The requester reminds, withdraws, re-opens, accepts and rejects; the supplier
 * answers with an upstream record or declines.
 */
@Service
@Transactional(readOnly = true)
public class DataRequestService {

    /** What the requester fills in. */
    public record NewRequest(
            UUID supplierId,
            UUID declarationId,
            UUID lineId,
            @Size(max = 200) String material,
            @Size(max = 500) String specification,
            BigDecimal annualQuantity,
            @Size(max = 20) String quantityUnit,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            @Size(max = 2000) String message) {}

    private final DataRequests requests;
    private final UpstreamRecordService records;
    private final OrganizationDirectory organizations;
    private final BillOfMaterials bom;
    private final DeclarationCalculations calculations;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DataRequestService(
            DataRequests requests,
            UpstreamRecordService records,
            OrganizationDirectory organizations,
            BillOfMaterials bom,
            DeclarationCalculations calculations,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.records = records;
        this.organizations = organizations;
        this.bom = bom;
        this.calculations = calculations;
        this.events = events;
    }

    /** Supplier organizations on the platform a request can be addressed to. */
    public List<OrganizationSummary> suppliers(PlatformUser user) {
        return organizations.ofType(OrganizationType.SUPPLIER).stream()
                .filter(o -> !o.id().equals(user.organizationId()))
                .toList();
    }

    public List<RequestView> sent(PlatformUser user) {
        return requests.findByRequesterIdOrderByCreatedAtDesc(user.organizationId()).stream()
                .map(r -> view(r, user))
                .toList();
    }

    public List<RequestView> received(PlatformUser user) {
        return requests.findBySupplierIdOrderByCreatedAtDesc(user.organizationId()).stream()
                .map(r -> view(r, user))
                .toList();
    }

    public RequestView request(UUID id, PlatformUser user) {
        return view(visible(id, user), user);
    }

    /** Requests sent from a declaration's BOM lines (the declaration must be the caller's). */
    public List<RequestView> forDeclaration(UUID declarationId, PlatformUser user) {
        bom.lines(declarationId, user);
        return requests.findByDeclarationIdOrderByCreatedAt(declarationId).stream()
                .filter(r -> r.getRequesterId().equals(user.organizationId()))
                .map(r -> view(r, user))
                .toList();
    }

    /** A request prefilled from a BOM line: material, quantity per year and unit. */
    public BomLine bomLine(UUID declarationId, UUID lineId, PlatformUser user) {
        return bom.line(declarationId, lineId, user);
    }

    @Transactional
    public RequestView send(PlatformUser user, NewRequest command) {
        List<FieldError> errors = new ArrayList<>();
        OrganizationSummary supplier = command.supplierId() == null
                ? null
                : organizations.find(command.supplierId()).orElse(null);
        if (supplier == null
                || supplier.type() != OrganizationType.SUPPLIER
                || supplier.id().equals(user.organizationId())) {
            errors.add(new FieldError("supplierId", "supplier.request.supplier.unknown"));
        }
        if (command.material() == null || command.material().isBlank()) {
            errors.add(new FieldError("material", "supplier.field.required"));
        }
        RecordValidator.checkQuantity(command.annualQuantity(), command.quantityUnit(), errors);
        if (command.periodStart() == null) {
            errors.add(new FieldError("periodStart", "supplier.field.required"));
        }
        if (command.periodEnd() == null) {
            errors.add(new FieldError("periodEnd", "supplier.field.required"));
        } else if (command.periodStart() != null && command.periodEnd().isBefore(command.periodStart())) {
            errors.add(new FieldError("periodEnd", "supplier.request.periodOrder"));
        }
        if (command.dueDate() == null) {
            errors.add(new FieldError("dueDate", "supplier.field.required"));
        } else if (command.dueDate().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("dueDate", "supplier.request.dueDate.past"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        if (command.declarationId() != null || command.lineId() != null) {
            if (!user.hasRole(Role.MANUFACTURER) || command.declarationId() == null || command.lineId() == null) {
                throw new NotFoundException();
            }
            bom.line(command.declarationId(), command.lineId(), user);
        }
        DataRequest request = requests.saveAndFlush(new DataRequest(
                user.organizationId(),
                command.supplierId(),
                command.declarationId(),
                command.lineId(),
                new DataRequest.Details(
                        command.material().strip(),
                        blankToNull(command.specification()),
                        command.annualQuantity(),
                        ActivityUnits.canonical(command.quantityUnit()),
                        command.periodStart(),
                        command.periodEnd(),
                        command.dueDate(),
                        blankToNull(command.message()))));
        events.publishEvent(new RequestSent(
                request.getId(), request.getRequesterId(), request.getSupplierId(), request.getMaterial()));
        return view(request, user);
    }

    @Transactional
    public RequestView remind(UUID id, PlatformUser user) {
        DataRequest request = asRequester(id, user);
        int count = request.remind(clock.instant());
        events.publishEvent(new RequestReminded(
                id, request.getRequesterId(), request.getSupplierId(), request.getMaterial(), count));
        return view(requests.saveAndFlush(request), user);
    }

    @Transactional
    public RequestView withdraw(UUID id, PlatformUser user) {
        DataRequest request = asRequester(id, user);
        RequestStatus before = request.withdraw();
        events.publishEvent(new RequestStatusChanged(
                id,
                request.getRequesterId(),
                request.getSupplierId(),
                request.getMaterial(),
                before,
                RequestStatus.WITHDRAWN));
        return view(requests.saveAndFlush(request), user);
    }

    @Transactional
    public RequestView reopen(UUID id, PlatformUser user) {
        DataRequest request = asRequester(id, user);
        RequestStatus before = request.reopen();
        events.publishEvent(new RequestStatusChanged(
                id,
                request.getRequesterId(),
                request.getSupplierId(),
                request.getMaterial(),
                before,
                RequestStatus.OPEN));
        return view(requests.saveAndFlush(request), user);
    }

    /** The supplier answers with a new upstream record (evidence and upstream links included). */
    @Transactional
    public RequestView answer(
            UUID id,
            PlatformUser user,
            RecordInput input,
            Disclosure disclosure,
            List<UpstreamRecordService.Upload> files,
            List<UUID> upstreamIds) {
        DataRequest request = asSupplier(id, user);
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new DomainException("supplier.request.answer.notOpen");
        }
        RecordView record = records.create(user, input, disclosure, files);
        for (UUID upstream : upstreamIds == null ? List.<UUID>of() : upstreamIds) {
            records.linkUpstream(record.id(), user, upstream);
        }
        return answerWith(request, record.id(), user);
    }

    /** The supplier answers with one of its existing records (its latest version). */
    @Transactional
    public RequestView answerWithRecord(UUID id, PlatformUser user, UUID recordId) {
        DataRequest request = asSupplier(id, user);
        RecordView record = records.record(recordId, user);
        if (!record.owner()) {
            throw new NotFoundException();
        }
        return answerWith(request, record.latestId(), user);
    }

    private RequestView answerWith(DataRequest request, UUID recordId, PlatformUser user) {
        request.answer(recordId);
        events.publishEvent(new RequestAnswered(
                request.getId(),
                request.getRequesterId(),
                request.getSupplierId(),
                request.getMaterial(),
                recordId,
                null));
        return view(requests.saveAndFlush(request), user);
    }

    @Transactional
    public RequestView decline(UUID id, PlatformUser user, String reason) {
        DataRequest request = asSupplier(id, user);
        request.decline(reason, clock.instant());
        events.publishEvent(new RequestAnswered(
                id, request.getRequesterId(), request.getSupplierId(), request.getMaterial(), null, reason));
        return view(requests.saveAndFlush(request), user);
    }

    /**
     * Accepts the answer. A request sent from a BOM line puts the record's footprint into that line
     * as its supplier-specific factor and recalculates the declaration (it stays a draft when the
     * calculation is refused).
     */
    @Transactional
    public RequestView accept(UUID id, PlatformUser user) {
        DataRequest request = asRequester(id, user);
        request.accept(clock.instant());
        if (request.getDeclarationId() != null) {
            applyToLine(request, request.getAnswerRecordId(), user);
        }
        events.publishEvent(new ResponseDecided(
                id,
                request.getRequesterId(),
                request.getSupplierId(),
                request.getMaterial(),
                request.getAnswerRecordId(),
                true,
                null));
        return view(requests.saveAndFlush(request), user);
    }

    @Transactional
    public RequestView reject(UUID id, PlatformUser user, String reason) {
        DataRequest request = asRequester(id, user);
        request.reject(reason, clock.instant());
        events.publishEvent(new ResponseDecided(
                id,
                request.getRequesterId(),
                request.getSupplierId(),
                request.getMaterial(),
                request.getAnswerRecordId(),
                false,
                reason));
        return view(requests.saveAndFlush(request), user);
    }

    /**
     * Takes the supplier's correction of an accepted answer: the line gets the corrected figure and
     * the declaration is recalculated — the one click offered on the declaration page.
     */
    @Transactional
    public RequestView takeCorrection(UUID id, PlatformUser user) {
        DataRequest request = asRequester(id, user);
        UUID latest = correctionOf(request);
        if (latest == null) {
            throw new DomainException("supplier.request.correction.none");
        }
        request.takeCorrection(latest);
        if (request.getDeclarationId() != null) {
            applyToLine(request, latest, user);
        }
        events.publishEvent(new ResponseDecided(
                id, request.getRequesterId(), request.getSupplierId(), request.getMaterial(), latest, true, null));
        return view(requests.saveAndFlush(request), user);
    }

    private void applyToLine(DataRequest request, UUID recordId, PlatformUser user) {
        UpstreamRecord record = records.find(recordId).orElseThrow(NotFoundException::new);
        String supplierName = records.organizationName(record.getOrganizationId(), Locale.SIMPLIFIED_CHINESE);
        String citation =
                supplierName + " · " + record.getProductName() + " v" + record.getRevision() + " · " + record.getId();
        bom.useSupplierFactor(
                request.getDeclarationId(),
                request.getLineId(),
                user,
                record.getPcfKgCo2e(),
                record.getDeclaredUnit(),
                citation);
    }

    /**
     * Recalculates the declaration a decided request belongs to, in its own transaction after the
     * decision committed. Returns false (the declaration stays a draft) when the calculation is
     * refused; the declaration page then says why when the maker calculates.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean recalculate(RequestView request, PlatformUser user) {
        if (request.declarationId() == null) {
            return false;
        }
        try {
            calculations.calculate(request.declarationId(), user, false);
            return true;
        } catch (CalculationRefusedException | DomainException e) {
            return false;
        }
    }

    /** The id of a newer version of the accepted answer, or null. */
    UUID correctionOf(DataRequest request) {
        if (request.getStatus() != RequestStatus.ACCEPTED || request.getAnswerRecordId() == null) {
            return null;
        }
        UpstreamRecord answered = records.find(request.getAnswerRecordId()).orElse(null);
        if (answered == null || answered.getSupersededBy() == null) {
            return null;
        }
        return records.latest(answered).getId();
    }

    List<DataRequest> acceptedForDeclaration(UUID declarationId, UUID requester) {
        return requests.findByDeclarationIdOrderByCreatedAt(declarationId).stream()
                .filter(r -> r.getRequesterId().equals(requester))
                .toList();
    }

    private DataRequest visible(UUID id, PlatformUser user) {
        DataRequest request = requests.findById(id).orElseThrow(NotFoundException::new);
        if (!request.getRequesterId().equals(user.organizationId())
                && !request.getSupplierId().equals(user.organizationId())) {
            throw new NotFoundException();
        }
        return request;
    }

    private DataRequest asRequester(UUID id, PlatformUser user) {
        DataRequest request = requests.findById(id).orElseThrow(NotFoundException::new);
        if (!request.getRequesterId().equals(user.organizationId())) {
            throw new NotFoundException();
        }
        return request;
    }

    private DataRequest asSupplier(UUID id, PlatformUser user) {
        DataRequest request = requests.findById(id).orElseThrow(NotFoundException::new);
        if (!request.getSupplierId().equals(user.organizationId())) {
            throw new NotFoundException();
        }
        return request;
    }

    RequestView view(DataRequest r, PlatformUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        return new RequestView(
                r.getId(),
                r.getRequesterId(),
                records.organizationName(r.getRequesterId(), locale),
                r.getSupplierId(),
                records.organizationName(r.getSupplierId(), locale),
                r.getRequesterId().equals(user.organizationId()) ? r.getDeclarationId() : null,
                r.getRequesterId().equals(user.organizationId()) ? r.getLineId() : null,
                r.getMaterial(),
                r.getSpecification(),
                r.getAnnualQuantity(),
                r.getQuantityUnit(),
                r.getPeriodStart(),
                r.getPeriodEnd(),
                r.getDueDate(),
                r.getMessage(),
                r.getStatus(),
                r.getReminderCount(),
                r.getLastRemindedAt(),
                r.getAnswerRecordId(),
                r.getDecisionReason(),
                r.getCreatedAt(),
                r.getRequesterId().equals(user.organizationId()),
                correctionOf(r));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
