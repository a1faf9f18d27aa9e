package cn.batterycarbon.declaration;

import cn.batterycarbon.declaration.DeclarationEvents.DeclarationChanged;
import cn.batterycarbon.declaration.DeclarationEvents.DeclarationLinesChanged;
import cn.batterycarbon.declaration.domain.ActivityLineStore;
import cn.batterycarbon.declaration.domain.Declaration;
import cn.batterycarbon.declaration.domain.Declaration.Settings;
import cn.batterycarbon.declaration.domain.Declarations;
import cn.batterycarbon.declaration.domain.StoredLine;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.declaration.imports.LineValidator;
import cn.batterycarbon.declaration.imports.UploadProblem;
import cn.batterycarbon.factor.FactorCatalog;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.events.AuditableEvent.Change;
import cn.batterycarbon.platform.events.Changes;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.TenantGuard;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.platform.web.PageAnswer;
import cn.batterycarbon.product.BatteryModelView;
import cn.batterycarbon.product.PlantView;
import cn.batterycarbon.product.ProductCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations of the signed-in manufacturer's organization and their activity lines. Another
 * organization's declaration is reported as not found; a submitted declaration is locked.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

    /** What the maker chooses when creating or changing a declaration. */
    public record DeclarationCommand(
            UUID batteryModelId,
            UUID plantId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int productionVolume,
            FunctionalUnitMethod functionalUnitMethod,
            ElectricityRule electricityRule,
            String functionalUnitJustification) {}

    /** What an accepted upload did. */
    public record UploadOutcome(int lines, Set<LifeCycleStage> stagesReplaced, int linesRemoved) {}

    private final Declarations declarations;
    private final ActivityLineStore lines;
    private final ProductCatalog products;
    private final ObjectProvider<FactorCatalog> factors;
    private final CalculationRecords records;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    DeclarationService(
            Declarations declarations,
            ActivityLineStore lines,
            ProductCatalog products,
            ObjectProvider<FactorCatalog> factors,
            CalculationRecords records,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.declarations = declarations;
        this.lines = lines;
        this.products = products;
        this.factors = factors;
        this.records = records;
        this.json = json;
        this.events = events;
    }

    /** The platform's file limits (bcf.files.*); the defaults until the context sets them. */
    private cn.batterycarbon.platform.files.FileLimits fileLimits = cn.batterycarbon.platform.files.FileLimits.DEFAULT;

    @org.springframework.beans.factory.annotation.Autowired
    void useFileLimits(cn.batterycarbon.platform.files.FileLimits limits) {
        this.fileLimits = limits;
    }

    public List<DeclarationView> declarations(PlatformUser user) {
        return declarations.findByOrganizationIdOrderByPeriodStartDescCreatedAtDesc(user.organizationId()).stream()
                .map(d -> view(d, user))
                .toList();
    }

    /**
     * Status of the declarations of one organization, or of every organization (organizationId
     * null): for pilot coverage, whose callers decide who may see what.
     */
    public List<DeclarationStatusView> statuses(UUID organizationId) {
        return organizationId == null ? declarations.statuses() : declarations.statusesOf(organizationId);
    }

    /**
     * One page of the organization's declarations, newest period first, without their results
     * (those come with each declaration), so that the answer does not grow with the lines.
     */
    public PageAnswer<DeclarationView> declarationPage(PlatformUser user, Integer page, Integer size) {
        PageRequest request = PageAnswer.request(
                page,
                size,
                Sort.by(Sort.Order.desc("periodStart"), Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        return PageAnswer.of(
                declarations.findByOrganizationId(user.organizationId(), request), d -> withoutResult(view(d, user)));
    }

    private static DeclarationView withoutResult(DeclarationView v) {
        return new DeclarationView(
                v.id(),
                v.number(),
                v.organizationId(),
                v.model(),
                v.plant(),
                v.periodStart(),
                v.periodEnd(),
                v.productionVolume(),
                v.functionalUnitMethod(),
                v.functionalUnitJustification(),
                v.electricityRule(),
                v.factorReleaseCode(),
                v.status(),
                v.lineCount(),
                v.calculatedAt(),
                v.version(),
                null,
                v.calculationId(),
                v.revision(),
                v.verificationAgencyId(),
                v.previousDeclarationId());
    }

    public DeclarationView declaration(UUID id, PlatformUser user) {
        return view(visible(id, user), user);
    }

    @Transactional
    public DeclarationView create(PlatformUser user, DeclarationCommand command) {
        String release = latestRelease();
        Settings settings = settings(command, user);
        String number = Declaration.number(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(), declarations.nextNumber());
        Declaration declaration = declarations.save(new Declaration(user.organizationId(), number, settings, release));
        Map<String, Change> changes = new TreeMap<>(Changes.created(settings));
        changes.put("factorRelease", Change.created(release));
        publish(DeclarationChanged.CREATED, declaration, changes);
        return view(declaration, user);
    }

    @Transactional
    public DeclarationView update(UUID id, Long expectedVersion, PlatformUser user, DeclarationCommand command) {
        Declaration declaration = locked(id, user);
        checkVersion(expectedVersion, declaration.getVersion());
        Settings before = settingsOf(declaration);
        Settings after = settings(command, user);
        declaration.change(after);
        publish(DeclarationChanged.CHANGED, declaration, Changes.between(before, after));
        return view(declarations.saveAndFlush(declaration), user);
    }

    @Transactional
    public void delete(UUID id, PlatformUser user) {
        Declaration declaration = locked(id, user);
        declaration.requireDeletable();
        lines.deleteAll(id);
        declarations.delete(declaration);
        publish(DeclarationChanged.DELETED, declaration, Changes.deleted(settingsOf(declaration)));
    }

    /** Pins another published release (while not submitted); the stored result is dropped. */
    @Transactional
    public DeclarationView pinRelease(UUID id, PlatformUser user, String releaseCode) {
        Declaration declaration = locked(id, user);
        requirePublished(releaseCode);
        String before = declaration.getFactorReleaseCode();
        declaration.pinRelease(releaseCode);
        publish(DeclarationChanged.RELEASE_PINNED, declaration, Changes.of("factorRelease", before, releaseCode));
        return view(declarations.saveAndFlush(declaration), user);
    }

    /** What the declaration lacks (empty stage, low primary share, components without specific data). */
    public List<CalculationSnapshot.Warning> completeness(UUID id, PlatformUser user) {
        Declaration declaration = visible(id, user);
        CalculationSnapshot current = result(declaration);
        return Completeness.of(
                lines.countsByStage(id).keySet(),
                current == null ? null : current.primaryDataShare(),
                words -> lines.hasPrimaryLineNaming(id, words));
    }

    /** One stage's lines, a page at a time, and how many lines each stage has. */
    public record StagePage(LifeCycleStage stage, int total, int page, int pageSize, List<ActivityLineView> lines) {

        public int pages() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /** Every stage's first page, except {@code stage}, which shows page {@code page}. */
    public List<StagePage> linePages(UUID id, PlatformUser user, LifeCycleStage stage, int page, int pageSize) {
        visible(id, user);
        Map<LifeCycleStage, Integer> counts = lines.countsByStage(id);
        List<StagePage> pages = new ArrayList<>();
        for (LifeCycleStage s : LifeCycleStage.values()) {
            int total = counts.getOrDefault(s, 0);
            int p = s == stage ? Math.max(0, Math.min(page, (total - 1) / pageSize)) : 0;
            List<ActivityLineView> shown = total == 0
                    ? List.of()
                    : lines.page(id, s, p * pageSize, pageSize).stream()
                            .map(l -> new ActivityLineView(l.id(), l.position(), l.data()))
                            .toList();
            pages.add(new StagePage(s, total, p, pageSize, shown));
        }
        return pages;
    }

    /** One activity line; 404 for another organization's declaration or an unknown line. */
    public ActivityLineView line(UUID id, UUID lineId, PlatformUser user) {
        visible(id, user);
        return lines.find(id, lineId)
                .map(l -> new ActivityLineView(l.id(), l.position(), l.data()))
                .orElseThrow(NotFoundException::new);
    }

    public List<ActivityLineView> lines(UUID id, PlatformUser user) {
        visible(id, user);
        return lines.linesOf(id).stream()
                .map(l -> new ActivityLineView(l.id(), l.position(), l.data()))
                .toList();
    }

    @Transactional
    public ActivityLineView addLine(UUID id, PlatformUser user, LineData data) {
        Declaration declaration = locked(id, user);
        declaration.linesChanged();
        StoredLine line = new StoredLine(UUID.randomUUID(), id, lines.nextPosition(id, data.stage()), data);
        lines.insert(List.of(line));
        declarations.saveAndFlush(declaration);
        publishLines(DeclarationLinesChanged.LINE_ADDED, declaration, Changes.created(data));
        return new ActivityLineView(line.id(), line.position(), data);
    }

    @Transactional
    public ActivityLineView updateLine(UUID id, UUID lineId, PlatformUser user, LineData data) {
        Declaration declaration = locked(id, user);
        declaration.linesChanged();
        LineData before = lines.linesOf(id).stream()
                .filter(l -> l.id().equals(lineId))
                .map(StoredLine::data)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (!lines.update(id, lineId, data)) {
            throw new NotFoundException();
        }
        declarations.saveAndFlush(declaration);
        publishLines(DeclarationLinesChanged.LINE_CHANGED, declaration, Changes.between(before, data));
        return lines.find(id, lineId)
                .map(l -> new ActivityLineView(l.id(), l.position(), l.data()))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void deleteLine(UUID id, UUID lineId, PlatformUser user) {
        Declaration declaration = locked(id, user);
        declaration.linesChanged();
        LineData before = lines.linesOf(id).stream()
                .filter(l -> l.id().equals(lineId))
                .map(StoredLine::data)
                .findFirst()
                .orElse(null);
        if (!lines.delete(id, lineId)) {
            throw new NotFoundException();
        }
        declarations.saveAndFlush(declaration);
        publishLines(DeclarationLinesChanged.LINE_DELETED, declaration, Changes.deleted(before));
    }

    /**
     * Reads, validates and stores an activity-data file, all or nothing. The file's lines replace
     * the lines of the stages it contains, so uploading the same file twice leaves the same lines.
     *
     * @throws UploadRejectedException naming sheet, row, column and problem of every bad cell
     */
    @Transactional
    public UploadOutcome upload(UUID id, PlatformUser user, byte[] content) {
        Declaration declaration = locked(id, user);
        declaration.requireEditable();
        LineFiles.ReadResult read = LineFiles.read(content, fileLimits);
        List<UploadProblem> problems = new ArrayList<>(read.problems());
        if (!problems.isEmpty()) {
            throw new UploadRejectedException(problems);
        }
        if (read.rows().isEmpty()) {
            throw new UploadRejectedException(List.of(UploadProblem.file("declaration.upload.noLines")));
        }
        LineValidator validator = new LineValidator();
        Map<LifeCycleStage, Integer> positions = new EnumMap<>(LifeCycleStage.class);
        List<StoredLine> accepted = new ArrayList<>(read.rows().size());
        for (LineFiles.FileRow row : read.rows()) {
            LineValidator.Result result = validator.validate(row.stage(), row.cells());
            if (!result.problems().isEmpty()) {
                for (LineValidator.Problem p : result.problems()) {
                    problems.add(new UploadProblem(
                            row.sheet(), row.row(), p.column().header(), p.messageKey(), p.arguments()));
                }
                if (problems.size() >= 1000) {
                    break;
                }
                continue;
            }
            int position = positions.merge(row.stage(), 1, Integer::sum) - 1;
            accepted.add(new StoredLine(UUID.randomUUID(), id, position, result.line()));
        }
        if (!problems.isEmpty()) {
            throw new UploadRejectedException(problems);
        }
        Set<LifeCycleStage> stages = EnumSet.noneOf(LifeCycleStage.class);
        stages.addAll(positions.keySet());
        int removed = lines.deleteStages(id, stages);
        lines.insert(accepted);
        declaration.linesChanged();
        declarations.saveAndFlush(declaration);
        publishLines(
                DeclarationLinesChanged.UPLOADED,
                declaration,
                Map.of(
                        "lines", Change.of(removed, accepted.size()),
                        "stages", Change.created(Changes.plain(stages))));
        return new UploadOutcome(accepted.size(), stages, removed);
    }

    /** Checks one line entered by form or API, naming every bad field. */
    public static LineValidator.Result validate(LifeCycleStage stage, Map<LineColumn, String> cells) {
        return new LineValidator().validate(stage, cells);
    }

    private void publish(String action, Declaration declaration, Map<String, Change> changes) {
        events.publishEvent(
                new DeclarationChanged(action, declaration.getId(), declaration.getOrganizationId(), changes));
    }

    private void publishLines(String action, Declaration declaration, Map<String, Change> changes) {
        events.publishEvent(
                new DeclarationLinesChanged(action, declaration.getId(), declaration.getOrganizationId(), changes));
    }

    private static Settings settingsOf(Declaration d) {
        return new Settings(
                d.getBatteryModelId(),
                d.getPlantId(),
                d.getPeriodStart(),
                d.getPeriodEnd(),
                d.getProductionVolume(),
                d.getFunctionalUnitMethod(),
                d.getElectricityRule(),
                d.getFunctionalUnitJustification());
    }

    // ---- shared with the calculation service of this module ----

    /** Like {@link #visible}, with the declaration's row locked: changes of one declaration are serialized. */
    Declaration locked(UUID id, PlatformUser user) {
        Declaration declaration = declarations.findForUpdate(id).orElse(null);
        return TenantGuard.requireVisible(
                declaration, declaration == null ? null : declaration.getOrganizationId(), user);
    }

    Declaration visible(UUID id, PlatformUser user) {
        Declaration declaration = declarations.findById(id).orElse(null);
        return TenantGuard.requireVisible(
                declaration, declaration == null ? null : declaration.getOrganizationId(), user);
    }

    DeclarationView view(Declaration d, PlatformUser user) {
        return view(d, products.model(d.getBatteryModelId(), user), products.plant(d.getPlantId(), user));
    }

    /** For modules that decide visibility themselves (verification agencies, regulators). */
    DeclarationView viewOfAnyOrganization(Declaration d) {
        return view(
                d,
                products.modelOfAnyOrganization(d.getBatteryModelId()),
                products.plantOfAnyOrganization(d.getPlantId()));
    }

    private DeclarationView view(Declaration d, BatteryModelView model, PlantView plant) {
        return new DeclarationView(
                d.getId(),
                d.getNumber(),
                d.getOrganizationId(),
                model,
                plant,
                d.getPeriodStart(),
                d.getPeriodEnd(),
                d.getProductionVolume(),
                d.getFunctionalUnitMethod(),
                d.getFunctionalUnitJustification(),
                d.getElectricityRule(),
                d.getFactorReleaseCode(),
                d.getStatus(),
                lines.count(d.getId()),
                d.getCalculatedAt(),
                d.getVersion(),
                result(d),
                d.getCurrentCalculationId(),
                d.getRevision(),
                d.getVerificationAgencyId(),
                d.getPreviousDeclarationId());
    }

    private CalculationSnapshot result(Declaration d) {
        if (d.getCurrentCalculationId() != null) {
            return records.result(d.getCurrentCalculationId());
        }
        // Submitted before calculation records existed (see V51).
        return d.getResultJson() == null ? null : json.readValue(d.getResultJson(), CalculationSnapshot.class);
    }

    String latestRelease() {
        FactorCatalog catalog = factors.getIfAvailable();
        if (catalog == null) {
            throw new DomainException("declaration.release.none");
        }
        return catalog.latestPublishedRelease().orElseThrow(() -> new DomainException("declaration.release.none"));
    }

    void requirePublished(String releaseCode) {
        FactorCatalog catalog = factors.getIfAvailable();
        try {
            if (catalog == null || releaseCode == null || releaseCode.isBlank()) {
                throw new NotFoundException();
            }
            catalog.publishedRelease(releaseCode);
        } catch (NotFoundException e) {
            throw new DomainException("declaration.release.unknown", String.valueOf(releaseCode));
        }
    }

    private Settings settings(DeclarationCommand c, PlatformUser user) {
        BatteryModelView model = products.model(c.batteryModelId(), user);
        products.plant(c.plantId(), user);
        if (c.functionalUnitMethod() == FunctionalUnitMethod.MEASURED_CYCLES && !model.hasCycleTest()) {
            throw new DomainException("declaration.method.noCycleTest", model.modelCode());
        }
        if (c.functionalUnitMethod() == FunctionalUnitMethod.MEASURED_CYCLES && !model.hasCycleTestBasis()) {
            throw new DomainException("declaration.method.noCycleTestBasis", model.modelCode());
        }
        return new Settings(
                c.batteryModelId(),
                c.plantId(),
                c.periodStart(),
                c.periodEnd(),
                c.productionVolume(),
                c.functionalUnitMethod(),
                c.electricityRule(),
                c.functionalUnitJustification());
    }

    private static void checkVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new OptimisticLockingFailureException("stale version " + expected + " != " + actual);
        }
    }
}
